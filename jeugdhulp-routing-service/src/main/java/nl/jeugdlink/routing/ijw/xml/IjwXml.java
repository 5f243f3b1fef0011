package nl.jeugdlink.routing.ijw.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.xml.XmlMapper;
import tools.jackson.dataformat.xml.XmlWriteFeature;

/**
 * Writes and reads iJw messages as XML, always against the project's XSD ({@code ijw/ijw-3.2-jeugdlink.xsd}):
 * a message we write that the schema refuses is a bug and thrown as such; a message we receive is
 * validated before it is bound, so a record is never built from XML the schema would not pass. A DOCTYPE
 * is refused outright (no entities, no external fetches). Thread-safe: one instance per service.
 */
public final class IjwXml {

    static final String XSD = "ijw/ijw-3.2-jeugdlink.xsd";

    /** What was received is no message the schema accepts: not XML at all, or XML breaking the schema. */
    public static final class OngeldigeXml extends RuntimeException {

        private final List<String> fouten;
        private final boolean welgevormd;

        OngeldigeXml(List<String> fouten, boolean welgevormd) {
            super(String.join("; ", fouten));
            this.fouten = List.copyOf(fouten);
            this.welgevormd = welgevormd;
        }

        public List<String> fouten() {
            return fouten;
        }

        /** False for input that is not even well-formed XML. */
        public boolean welgevormd() {
            return welgevormd;
        }
    }

    /** Errors are thrown, not printed to stderr as the parser's default handler does. */
    private static final ErrorHandler STIL = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private final XmlMapper mapper;
    private final Schema schema;
    private final SAXParserFactory parsers;

    public IjwXml() {
        this.mapper = XmlMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
                // The XSD is a sequence: elements go out in the records' component order.
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
                .enable(XmlWriteFeature.WRITE_XML_DECLARATION)
                .build();
        this.schema = schema();
        this.parsers = SAXParserFactory.newInstance();
        parsers.setNamespaceAware(true);
        try {
            parsers.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            parsers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the XML parser cannot be made safe", e);
        }
    }

    private static Schema schema() {
        URL xsd = IjwXml.class.getClassLoader().getResource(XSD);
        if (xsd == null) {
            throw new IllegalStateException("no " + XSD + " on the classpath");
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("the iJw schema does not load: " + e.getMessage(), e);
        }
    }

    /** The message as XML; throws when the schema refuses what we made. */
    public String schrijf(Object bericht) {
        String xml = mapper.writeValueAsString(bericht);
        List<String> fouten = schemafouten(xml);
        if (!fouten.isEmpty()) {
            throw new IllegalStateException("a produced " + bericht.getClass().getSimpleName() + " breaks the iJw schema: " + fouten);
        }
        return xml;
    }

    /** The message bound, after the schema accepted it. */
    public <T> T lees(String xml, Class<T> soort) {
        List<String> fouten = schemafouten(xml);
        if (!fouten.isEmpty()) {
            throw new OngeldigeXml(fouten, true);
        }
        try {
            return mapper.readValue(xml, soort);
        } catch (JacksonException e) {
            // The schema passed it, so this is a message of another kind than asked for.
            throw new OngeldigeXml(List.of("geen " + soort.getSimpleName() + ": " + e.getOriginalMessage()), true);
        }
    }

    /** The header of a message the schema may have refused, or empty when even that cannot be read. */
    public Optional<Omslag> omslag(String xml) {
        try {
            return Optional.of(mapper.readValue(xml, Omslag.class));
        } catch (JacksonException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The root element's name (JW315 ...), or empty when the input is no well-formed XML. */
    public Optional<String> soort(String xml) {
        String[] naam = new String[1];
        try {
            XMLReader reader = parsers.newSAXParser().getXMLReader();
            reader.setErrorHandler(STIL);
            reader.setContentHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes atts) throws SAXException {
                    naam[0] = localName;
                    throw new SAXException("root read");
                }
            });
            reader.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            // The handler stops at the root on purpose; any other failure leaves naam empty.
        }
        return Optional.ofNullable(naam[0]);
    }

    /**
     * What the schema says about the XML: empty when valid. Throws {@link OngeldigeXml} with
     * {@code welgevormd = false} for input that is no well-formed XML (or carries a DOCTYPE).
     */
    public List<String> schemafouten(String xml) {
        List<String> fouten = new ArrayList<>();
        try {
            XMLReader reader = parsers.newSAXParser().getXMLReader();
            reader.setErrorHandler(STIL);
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    fouten.add("regel " + e.getLineNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            validator.validate(new SAXSource(reader, new InputSource(new StringReader(xml))));
        } catch (SAXParseException e) {
            if (fouten.isEmpty()) {
                throw new OngeldigeXml(List.of("geen welgevormde XML: " + e.getMessage()), false);
            }
            fouten.add(e.getMessage());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new OngeldigeXml(List.of("geen welgevormde XML: " + e.getMessage()), false);
        }
        return fouten;
    }
}
