package org.diffuscope.app.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.diffuscope.core.particles.Particles;

/**
 * Points as CSV (cli.md): a header line, then one point per row, d comma-separated numbers. Reading validates every
 * row and names the file, line and column of the first problem.
 */
public final class PointsCsv {

    private PointsCsv() {
    }

    /**
     * Reads points of dimension dim (or of the header's width when dim is 0).
     *
     * @param flag the flag the file came from, for messages
     */
    public static Particles read(Path path, int dim, String flag) {
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || header.isBlank()) {
                throw new InputException(flag + " " + path + ": the file is empty (expected a header line, then one point per row)");
            }
            int width = header.split(",", -1).length;
            int d = dim > 0 ? dim : width;
            if (width != d) {
                throw new InputException(flag + " " + path + " line 1: the header has " + width
                        + " columns, the target has dimension " + d);
            }
            DoubleList values = new DoubleList();
            String line;
            int lineNo = 1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != d) {
                    throw new InputException(flag + " " + path + " line " + lineNo + ": expected " + d
                            + " numbers, got " + cells.length);
                }
                for (int j = 0; j < d; j++) {
                    values.add(parse(cells[j], flag, path, lineNo, j));
                }
            }
            int count = values.size() / d;
            return new Particles(count, d, values.toArray());
        } catch (NoSuchFileException e) {
            throw new InputException(flag + ": file " + path + " does not exist");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InputException(flag + " " + path + ": not a UTF-8 text file");
        } catch (IOException e) {
            throw new InputException(flag + ": cannot read " + path + " (" + e.getMessage() + ")");
        }
    }

    private static double parse(String cell, String flag, Path path, int line, int col) {
        String s = cell.strip();
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new InputException(flag + " " + path + " line " + line + " column " + (col + 1) + ": '" + s + "' is not a number");
        }
        if (!Double.isFinite(v)) {
            throw new InputException(flag + " " + path + " line " + line + " column " + (col + 1) + ": " + s + " is not finite");
        }
        return v;
    }

    /** Writes the header {@code prefix0,...,prefix{d-1}} and one row per particle. */
    public static void write(Writer out, Particles p, String prefix) throws IOException {
        int d = p.dim();
        StringBuilder sb = new StringBuilder(64);
        for (int j = 0; j < d; j++) {
            sb.append(j == 0 ? "" : ",").append(prefix).append(j);
        }
        out.write(sb.append('\n').toString());
        double[] x = p.data();
        for (int i = 0; i < p.count(); i++) {
            sb.setLength(0);
            for (int j = 0; j < d; j++) {
                sb.append(j == 0 ? "" : ",").append(x[i * d + j]);
            }
            out.write(sb.append('\n').toString());
        }
    }

    /** A growable array of doubles. */
    private static final class DoubleList {
        private double[] a = new double[1024];
        private int n;

        void add(double v) {
            if (n == a.length) {
                if (a.length >= Integer.MAX_VALUE / 2) {
                    throw new InputException("too many numbers in one file");
                }
                a = java.util.Arrays.copyOf(a, a.length * 2);
            }
            a[n++] = v;
        }

        int size() {
            return n;
        }

        double[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }
}
