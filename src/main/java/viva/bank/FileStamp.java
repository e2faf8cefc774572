package viva.bank;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * A file as it was when viva read it: its absolute path, size, modification time (in nanoseconds, as
 * fine as the file system keeps it) and the CRC-32 of the bytes read. A cached parse of the file is
 * valid only while all of them still match; the checksum catches an edit that keeps the size and sets
 * the time back.
 */
public record FileStamp(Path file, long size, long modified, long crc) {
    /** The stamp of bytes just read from a file with these attributes, taken before the reading. */
    static FileStamp of(Path file, BasicFileAttributes attributes, byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return of(file, attributes, crc.getValue());
    }

    /** The stamp of bytes with this CRC-32, summed as they were read from a file with these attributes. */
    static FileStamp of(Path file, BasicFileAttributes attributes, long crc) {
        return new FileStamp(file.toAbsolutePath().normalize(), attributes.size(),
                attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), crc);
    }
}
