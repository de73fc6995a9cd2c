package brink.results;

import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;

/**
 * A table written as Parquet, one row at a time from a reused array of numbers, through
 * parquet-java without Hadoop (an {@link OutputFile} over a stream, {@link PlainParquetConfiguration}).
 * The stream is a results folder's file ({@link ResultsFolder.Output}), so a Parquet table is
 * counted, hashed, synced and renamed like every other file and the manifest records it.
 * Rows are buffered only up to a row group ({@value #ROW_GROUP_BYTES} bytes), then written out,
 * so memory stays flat however many rows there are. Columns are whole numbers (INT64) or
 * doubles; an optional column's NaN is written as null (runs.csv's empty cell). Uncompressed:
 * parquet-java's codecs need Hadoop's classes; dictionary and run-length encodings still apply.
 * pandas, polars, R (arrow) and DuckDB read the files directly.
 */
public final class ParquetTable implements Closeable {
    /** A row group of 32 MB: a few seconds of a large Monte Carlo, a fixed amount of memory. */
    static final long ROW_GROUP_BYTES = 32L << 20;

    /** One column: its name, whether it holds whole numbers, whether it may be empty. */
    public record Column(String name, boolean integer, boolean optional) {
        public static Column whole(String name) { return new Column(name, true, false); }
        public static Column number(String name) { return new Column(name, false, false); }
        public static Column maybeWhole(String name) { return new Column(name, true, true); }
        public static Column maybeNumber(String name) { return new Column(name, false, true); }
    }

    private final ParquetWriter<double[]> writer;

    private ParquetTable(ParquetWriter<double[]> writer) {
        this.writer = writer;
    }

    /**
     * A table written into {@code out} with these columns. {@link #close} finishes the table and
     * flushes {@code out} but does not close it: its owner commits it (a results folder's file).
     */
    public static ParquetTable create(OutputStream out, String tableName, List<Column> columns) throws IOException {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (Column c : columns) {
            PrimitiveTypeName t = c.integer() ? PrimitiveTypeName.INT64 : PrimitiveTypeName.DOUBLE;
            (c.optional() ? b.optional(t) : b.required(t)).named(c.name());
        }
        MessageType schema = b.named(tableName);
        ParquetWriter<double[]> w = new Builder(new StreamFile(out), schema)
                .withConf(new PlainParquetConfiguration())
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
                .withRowGroupSize(ROW_GROUP_BYTES)
                .withDictionaryEncoding(true)
                .build();
        return new ParquetTable(w);
    }

    /** Writes one row: {@code values[i]} for column i (whole numbers are rounded; NaN is null where allowed). */
    public void row(double[] values) throws IOException {
        writer.write(values);
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    /** The stream as parquet-java's file: it counts the position itself; closing only flushes. */
    private static final class StreamFile implements OutputFile {
        private final OutputStream out;

        StreamFile(OutputStream out) {
            this.out = out;
        }

        @Override
        public PositionOutputStream create(long blockSizeHint) { return createOrOverwrite(blockSizeHint); }

        @Override
        public PositionOutputStream createOrOverwrite(long blockSizeHint) {
            return new PositionOutputStream() {
                private long pos;

                @Override
                public long getPos() { return pos; }

                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    pos++;
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    pos += len;
                }

                @Override
                public void flush() throws IOException { out.flush(); }

                @Override
                public void close() throws IOException { out.flush(); }
            };
        }

        @Override
        public boolean supportsBlockSize() { return false; }

        @Override
        public long defaultBlockSize() { return 0; }
    }

    private static final class Builder extends ParquetWriter.Builder<double[], Builder> {
        private final MessageType schema;

        Builder(OutputFile file, MessageType schema) {
            super(file);
            this.schema = schema;
        }

        @Override
        protected Builder self() { return this; }

        @Override
        protected WriteSupport<double[]> getWriteSupport(ParquetConfiguration conf) { return new RowSupport(schema); }

        @Override
        protected WriteSupport<double[]> getWriteSupport(org.apache.hadoop.conf.Configuration conf) { return new RowSupport(schema); }
    }

    /** Writes a double[] row into the record consumer: no object per row or per value. */
    private static final class RowSupport extends WriteSupport<double[]> {
        private final MessageType schema;
        private final boolean[] integer, optional;
        private RecordConsumer out;

        RowSupport(MessageType schema) {
            this.schema = schema;
            int n = schema.getFieldCount();
            integer = new boolean[n];
            optional = new boolean[n];
            for (int i = 0; i < n; i++) {
                Type t = schema.getType(i);
                integer[i] = t.asPrimitiveType().getPrimitiveTypeName() == PrimitiveTypeName.INT64;
                optional[i] = t.isRepetition(Type.Repetition.OPTIONAL);
            }
        }

        @Override
        public WriteContext init(ParquetConfiguration configuration) { return new WriteContext(schema, new HashMap<>()); }

        @Override
        public WriteContext init(org.apache.hadoop.conf.Configuration configuration) { return new WriteContext(schema, new HashMap<>()); }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) { this.out = recordConsumer; }

        @Override
        public void write(double[] row) {
            out.startMessage();
            for (int i = 0; i < integer.length; i++) {
                double v = row[i];
                if (Double.isNaN(v)) {
                    if (optional[i]) continue;
                    throw new IllegalArgumentException("column " + schema.getFieldName(i) + " may not be empty");
                }
                out.startField(schema.getFieldName(i), i);
                if (integer[i]) out.addLong(Math.round(v));
                else out.addDouble(v);
                out.endField(schema.getFieldName(i), i);
            }
            out.endMessage();
        }
    }
}
