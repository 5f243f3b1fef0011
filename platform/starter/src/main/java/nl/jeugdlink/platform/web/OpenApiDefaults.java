package nl.jeugdlink.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
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
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes every service's generated OpenAPI document meet the NLGov API Design Rules: contact, a
 * versioned https server, the API-Version header on every success response, and problem+json with
 * the shared Problem schema on every error response.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiDefaults {

    static final String VERSION_HEADER = "API-Version";
    static final String PROBLEM = "Problem";

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
            openApi.components(components);
            if (openApi.getPaths() != null) {
                openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                    if (operation.getResponses() != null) {
                        operation.getResponses().forEach(this::nlgovResponse);
                    }
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

    private void nlgovResponse(String status, ApiResponse response) {
        if (status.startsWith("2") || status.startsWith("3")) {
            response.addHeaderObject(VERSION_HEADER, new Header().$ref("#/components/headers/" + VERSION_HEADER));
        } else if (status.startsWith("4") || status.startsWith("5")) {
            response.setContent(new Content().addMediaType("application/problem+json",
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
        }
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema<?> invalidParam = new ObjectSchema()
                .addProperty("name", new StringSchema().description("Het veld, bijvoorbeeld kinderen[0].bsn"))
                .addProperty("code", new StringSchema().description("De regel, bijvoorbeeld required of elfproef"))
                .addProperty("reason", new StringSchema());
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .properties(Map.of(
                        "type", new StringSchema().format("uri"),
                        "title", new StringSchema(),
                        "status", new IntegerSchema().format("int32").minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(600)),
                        "detail", new StringSchema(),
                        "instance", new StringSchema().format("uri"),
                        "invalidParams", new ArraySchema().items(invalidParam)));
    }
}
