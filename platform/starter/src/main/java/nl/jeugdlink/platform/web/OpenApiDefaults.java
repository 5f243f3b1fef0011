package nl.jeugdlink.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes every service's generated OpenAPI document meet the NLGov API Design Rules: contact, a
 * versioned https server, the API-Version header on every success response, problem+json with the
 * shared Problem schema on every error response, and a 400 wherever an operation takes input.
 * {@code infra/lint/lint.sh} checks the result with the NLGov Spectral ruleset.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiDefaults {

    static final String VERSION_HEADER = "API-Version";
    static final String PROBLEM = "Problem";
    static final String BEARER = "bearerAuth";
    private static final String ANY = "*/*";
    private static final String JSON = "application/json";

    @Bean
    OpenApiCustomizer nlgovOpenApi(
            @Value("${jeugdlink.api.title}") String title,
            @Value("${jeugdlink.api.description}") String description,
            @Value("${jeugdlink.api.version}") String version,
            @Value("${jeugdlink.api.server-url}") String serverUrl,
            @Value("${jeugdlink.api.base-path}") String basePath,
            @Value("${jeugdlink.api.contact.name}") String contactName,
            @Value("${jeugdlink.api.contact.email}") String contactEmail,
            @Value("${jeugdlink.api.contact.url}") String contactUrl) {
        return openApi -> {
            openApi.info(new Info().title(title).description(description).version(version)
                    .contact(new Contact().name(contactName).email(contactEmail).url(contactUrl)));
            openApi.servers(List.of(new Server().url(serverUrl).description("JeugdLink FoodValley")));
            stripBasePath(openApi, basePath);
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            components.addSchemas(PROBLEM, problemSchema());
            components.addHeaders(VERSION_HEADER, new Header()
                    .description("De volledige versie van de API (NLGov API Design Rule /core/version-header).")
                    .schema(new StringSchema().example(version)));
            components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                    .description("Een JWT van de ingestelde OIDC-uitgever (spring.security.oauth2.resourceserver.jwt.issuer-uri); "
                            + "rollen in de claim roles, gemeenten (CBS-codes) in de claim gemeenten."));
            openApi.components(components);
            openApi.security(List.of(new SecurityRequirement().addList(BEARER)));
            if (openApi.getPaths() != null) {
                openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                    commonResponses(operation);
                    operation.getResponses().forEach(this::nlgovResponse);
                }));
            }
        };
    }

    /** Paths are relative to the server URL, which already ends in the base path {@code /api/v1}. */
    private static void stripBasePath(OpenAPI openApi, String prefix) {
        if (openApi.getPaths() == null || prefix.isEmpty() || prefix.equals("/")) {
            return;
        }
        var relative = new io.swagger.v3.oas.models.Paths();
        openApi.getPaths().forEach((path, item) -> relative.addPathItem(
                path.startsWith(prefix) ? path.substring(prefix.length()).isEmpty() ? "/" : path.substring(prefix.length()) : path, item));
        openApi.setPaths(relative);
    }

    /**
     * What every operation can answer besides what its controller declares: 400 when it takes input
     * (Spring refuses a missing or mistyped parameter or an unreadable body, {@link ProblemHandling}
     * names the field), 401 without a valid token and 403 for a role or municipality that may not
     * (every API is a resource server, see the platform's security configuration), 503 when the
     * store is unreachable and 500 for anything unexpected.
     */
    private static void commonResponses(Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (takesInput && !responses.containsKey("400")) {
            responses.addApiResponse("400", new ApiResponse().description("Ongeldige invoer; invalidParams noemt elk veld en de regel"));
        }
        if (!responses.containsKey("401")) {
            responses.addApiResponse("401", new ApiResponse().description("Niet aangemeld: geen, een verlopen of een ongeldig toegangstoken"));
        }
        if (!responses.containsKey("403")) {
            responses.addApiResponse("403", new ApiResponse().description("Geen toegang: de rol of de gemeente in het token geeft geen recht op dit gegeven"));
        }
        if (!responses.containsKey("500")) {
            responses.addApiResponse("500", new ApiResponse().description("Interne fout; de fout is vastgelegd"));
        }
        if (!responses.containsKey("503")) {
            responses.addApiResponse("503", new ApiResponse().description("De opslag is tijdelijk niet bereikbaar; probeer het zo opnieuw"));
        }
        operation.setResponses(responses);
    }

    private void nlgovResponse(String status, ApiResponse response) {
        if (status.startsWith("2") || status.startsWith("3")) {
            response.addHeaderObject(VERSION_HEADER, new Header().$ref("#/components/headers/" + VERSION_HEADER));
            response.setContent(json(response.getContent()));
        } else if (status.startsWith("4") || status.startsWith("5")) {
            response.setContent(new Content().addMediaType("application/problem+json",
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
        }
    }

    /**
     * springdoc writes the wildcard media type when a handler does not name what it produces; every
     * JeugdLink API answers JSON, so the document says so.
     */
    private static @Nullable Content json(@Nullable Content content) {
        if (content == null || !content.containsKey(ANY)) {
            return content;
        }
        Content named = new Content();
        content.forEach((type, media) -> named.addMediaType(ANY.equals(type) ? JSON : type, media));
        return named;
    }

    /** RFC 9457 problem details with the NLGov {@code invalidParams} extension, as {@link ProblemHandling} writes them. */
    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema<?> invalidParam = new ObjectSchema()
                .addProperty("name", new StringSchema().description("Het veld, bijvoorbeeld kinderen[0].bsn"))
                .addProperty("code", new StringSchema().description("De regel, bijvoorbeeld required of elfproef"))
                .addProperty("reason", new StringSchema().description("Uitleg voor mensen"));
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri").description("Soort probleem; about:blank als de status genoeg zegt"));
        properties.put("title", new StringSchema().description("Korte omschrijving van het soort probleem"));
        properties.put("status", new IntegerSchema().format("int32")
                .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)).description("De HTTP-status"));
        properties.put("detail", new StringSchema().description("Uitleg bij dit geval"));
        properties.put("instance", new StringSchema().format("uri-reference").description("Het pad van de aanvraag"));
        properties.put("invalidParams", new ArraySchema().items(invalidParam).description("Bij ongeldige invoer: elk veld en de regel"));
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .properties(properties);
    }
}
