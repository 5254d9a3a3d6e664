package io.connect.testsupport;

import org.jboss.logmanager.ExtLogRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects every log record written in the test JVM (a {@code @QuarkusTest}'s application included) while open,
 * with the given categories lowered to DEBUG, so a test can assert what never reaches the logs. Messages are kept
 * formatted, with the text of any exception and its causes.
 */
public final class LogCapture implements AutoCloseable {

    private final Logger root = Logger.getLogger("");
    private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
    private final List<Logger> lowered = new ArrayList<>();
    private final List<Level> previous = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(format(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture(String... debugCategories) {
        handler.setLevel(Level.ALL);
        for (String category : debugCategories) {
            Logger logger = Logger.getLogger(category);
            lowered.add(logger);
            previous.add(logger.getLevel());
            logger.setLevel(Level.FINE);
        }
        root.addHandler(handler);
    }

    /** Starts capturing, with {@code categories} (e.g. {@code "io.connect"}) at DEBUG until {@link #close()}. */
    public static LogCapture atDebug(String... categories) {
        return new LogCapture(categories);
    }

    /** Everything captured so far, one record per line. */
    public String text() {
        return String.join("\n", lines);
    }

    public int count() {
        return lines.size();
    }

    @Override
    public void close() {
        root.removeHandler(handler);
        for (int i = 0; i < lowered.size(); i++) {
            lowered.get(i).setLevel(previous.get(i));
        }
    }

    private static String format(LogRecord record) {
        StringBuilder line = new StringBuilder()
                .append(record.getLevel()).append(' ').append(record.getLoggerName()).append(' ')
                .append(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
        if (record instanceof ExtLogRecord ext && ext.getMdcCopy() != null) {
            line.append(' ').append(ext.getMdcCopy());
        }
        for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
            line.append(" | ").append(t);
        }
        return line.toString();
    }
}
