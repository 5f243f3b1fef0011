package nl.jeugdlink.contracts;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A schema {@code pattern} of the one shape the contracts use - {@code ^}, a sequence of ASCII characters and character
 * classes each with an optional count ({@code {n}}, {@code {n,m}}, {@code {n,}}, {@code ?}, {@code *}, {@code +}), {@code $} -
 * matched without {@link java.util.regex}. A payload's UUIDs, municipality codes and names are checked against such patterns
 * a dozen times per event; {@code java.util.regex} took a quarter of the schema check in the consumers, which run C1 only
 * (issue 11).
 *
 * <p>It answers exactly as the schema library's own matching does: {@code java.util.regex} with every {@code $} read as
 * {@code \z}, the end of the value, as ECMA-262 reads it (Java's {@code $} also matches before a line terminator that ends
 * the value). {@code AnchoredPatternTest} holds it to that for every pattern of the contracts. A pattern of any other
 * shape (a group, an alternative, an escape, a negated class, a character beyond ASCII) is not taken: {@link #of} gives null
 * and the schema library's own regular expressions match it.
 */
final class AnchoredPattern {

    private static final int UNBOUNDED = Integer.MAX_VALUE;
    private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile("[0-9]{1,9}(,[0-9]{0,9})?");

    /** One step: a character out of {@code chars}, {@code min} to {@code max} times, as many as it can (and fewer if the rest needs it). */
    private record Step(BitSet chars, int min, int max) {
    }

    private final Step[] steps;

    private AnchoredPattern(List<Step> steps) {
        this.steps = steps.toArray(Step[]::new);
    }

    /** The pattern when it has the shape above, else null. */
    static @Nullable AnchoredPattern of(String pattern) {
        int end = pattern.length() - 1;
        if (pattern.length() < 2 || pattern.charAt(0) != '^' || pattern.charAt(end) != '$' || pattern.charAt(end - 1) == '\\') {
            return null;
        }
        List<Step> steps = new ArrayList<>();
        int i = 1;
        while (i < end) {
            BitSet chars = new BitSet(128);
            char c = pattern.charAt(i);
            if (c == '[') {
                i = chars(pattern, i + 1, end, chars);
                if (i < 0) {
                    return null;
                }
            } else if (c < 128 && "\\.[]{}()*+?^$|".indexOf(c) < 0) {
                chars.set(c);
                i++;
            } else {
                return null;
            }
            int min = 1;
            int max = 1;
            if (i < end) {
                char q = pattern.charAt(i);
                if (q == '?' || q == '*' || q == '+') {
                    min = q == '+' ? 1 : 0;
                    max = q == '?' ? 1 : UNBOUNDED;
                    i++;
                } else if (q == '{') {
                    int close = pattern.indexOf('}', i);
                    if (close < 0 || close >= end) {
                        return null;
                    }
                    int[] bounds = bounds(pattern.substring(i + 1, close));
                    if (bounds == null) {
                        return null;
                    }
                    min = bounds[0];
                    max = bounds[1];
                    i = close + 1;
                }
                if (i < end && "?+*{".indexOf(pattern.charAt(i)) >= 0) {
                    return null; // a lazy or possessive count, or a count of a count
                }
            }
            steps.add(new Step(chars, min, max));
        }
        return new AnchoredPattern(steps);
    }

    /** Reads a class's ASCII characters and ranges after its {@code [} into {@code chars}; the index after {@code ]}, or -1. */
    private static int chars(String pattern, int i, int end, BitSet chars) {
        if (i < end && pattern.charAt(i) == '^') {
            return -1;
        }
        int start = i;
        while (i < end) {
            char c = pattern.charAt(i);
            if (c == ']' && i > start) {
                return i + 1;
            }
            if (c >= 128 || c == '\\' || c == '[' || c == '&' || c == ']') {
                return -1;
            }
            boolean range = i + 2 < end && pattern.charAt(i + 1) == '-' && pattern.charAt(i + 2) != ']';
            if (range) {
                char to = pattern.charAt(i + 2);
                if (to >= 128 || to < c || to == '\\' || to == '[' || to == '&') {
                    return -1;
                }
                chars.set(c, to + 1);
                i += 3;
            } else {
                chars.set(c);
                i++;
            }
        }
        return -1;
    }

    private static int @Nullable [] bounds(String inside) {
        if (!COUNT.matcher(inside).matches()) {
            return null;
        }
        int comma = inside.indexOf(',');
        try {
            if (comma < 0) {
                int n = Integer.parseInt(inside);
                return n >= 0 ? new int[] {n, n} : null;
            }
            int min = Integer.parseInt(inside.substring(0, comma));
            String upper = inside.substring(comma + 1);
            int max = upper.isEmpty() ? UNBOUNDED : Integer.parseInt(upper);
            return min >= 0 && max >= min ? new int[] {min, max} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    boolean matches(String value) {
        return matches(value, 0, 0);
    }

    private boolean matches(String value, int step, int at) {
        if (step == steps.length) {
            return at == value.length();
        }
        Step s = steps[step];
        int limit = (int) Math.min((long) at + s.max(), value.length());
        int to = at;
        while (to < limit && isIn(s.chars(), value.charAt(to))) {
            to++;
        }
        for (int taken = to - at; taken >= s.min(); taken--) {
            if (matches(value, step + 1, at + taken)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIn(BitSet chars, char c) {
        return c < 128 && chars.get(c);
    }
}
