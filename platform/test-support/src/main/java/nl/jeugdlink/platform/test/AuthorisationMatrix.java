package nl.jeugdlink.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The authorisation matrix as written in {@code docs/autorisatiematrix.md}: one row per endpoint and
 * role, saying whether the role may use it for its own municipality and for another. Tests run
 * every cell against the running service, so the document and the code cannot drift apart. Besides
 * the table with the two municipality columns, a service may have a table with a column per relation
 * of the asker to the record (on its team, not on it, ...): {@link #relationRowsFor}.
 */
public final class AuthorisationMatrix {

    /** One row: may {@code rol} call {@code method path} for its own municipality, and for another? */
    public record Row(String service, String method, String path, String rol, boolean eigenGemeente, boolean andereGemeente) {
        public String endpoint() {
            return method + " " + path;
        }
    }

    /**
     * One row of a relation table: may {@code rol} call {@code method path}, per column (the asker's
     * relation to the record, as the table's header names it)?
     */
    public record RelationRow(String service, String method, String path, String rol, Map<String, Boolean> cells) {
        public String endpoint() {
            return method + " " + path;
        }

        @Override
        public String toString() {
            return endpoint() + " " + rol;
        }
    }

    private AuthorisationMatrix() {
    }

    /**
     * The rows for one service from the document's relation tables: tables whose header names more
     * columns after {@code rol} than the two municipality columns.
     */
    public static List<RelationRow> relationRowsFor(String service) {
        Path document = locate();
        List<RelationRow> rows = new ArrayList<>();
        List<String> columns = List.of();
        try {
            for (String line : Files.readAllLines(document)) {
                if (!line.startsWith("| ") || line.startsWith("|--") || line.startsWith("| ---")) {
                    continue;
                }
                String[] cells = cells(line);
                if (cells[0].equals("service")) {
                    columns = cells.length > 5 ? List.of(cells).subList(3, cells.length) : List.of();
                    continue;
                }
                if (columns.isEmpty() || !cells[0].equals(service)) {
                    continue;
                }
                if (cells.length != columns.size() + 3) {
                    throw new IllegalStateException("a row of the relation table has a cell per column: " + line);
                }
                Map<String, Boolean> values = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    values.put(columns.get(i), ja(cells[i + 3]));
                }
                String[] endpoint = cells[1].replace("`", "").split(" ", 2);
                rows.add(new RelationRow(cells[0], endpoint[0], endpoint[1], cells[2], Map.copyOf(values)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("no relation rows for " + service + " in " + document.toAbsolutePath());
        }
        return rows;
    }

    private static String[] cells(String line) {
        return Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|")).map(String::trim).toArray(String[]::new);
    }

    /** The rows for one service, read from the document at the repository root. */
    public static List<Row> rowsFor(String service) {
        Path document = locate();
        List<Row> rows = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(document)) {
                if (!line.startsWith("| ") || line.startsWith("| service") || line.startsWith("|--") || line.startsWith("| ---")) {
                    continue;
                }
                String[] cells = cells(line);
                if (cells.length != 5 || !cells[0].equals(service)) {
                    continue;
                }
                String[] endpoint = cells[1].replace("`", "").split(" ", 2);
                rows.add(new Row(cells[0], endpoint[0], endpoint[1], cells[2], ja(cells[3]), ja(cells[4])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("no rows for " + service + " in " + document.toAbsolutePath());
        }
        return rows;
    }

    private static boolean ja(String cell) {
        return switch (cell) {
            case "ja" -> true;
            case "nee" -> false;
            default -> throw new IllegalArgumentException("a cell says ja or nee, not " + cell);
        };
    }

    private static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs").resolve("autorisatiematrix.md");
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("docs/autorisatiematrix.md not found above " + Path.of("").toAbsolutePath());
    }
}
