package fi.yhdessa.robustness;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A small file system of its own (tmpfs) for the platform's data directory, which the test fills to
 * the last byte and frees again. Mounting needs root, as on the CI machine; elsewhere there is none.
 */
final class SmallDisk implements AutoCloseable {

	private final Path root;
	private final Path filler;

	private SmallDisk(Path root) {
		this.root = root;
		this.filler = root.resolve("filler");
	}

	/** Mounts a tmpfs of this size at the (empty) directory, or tells why it cannot. */
	static Optional<SmallDisk> mount(Path at, String size) throws IOException, InterruptedException {
		Files.createDirectories(at);
		Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString()).redirectErrorStream(true).start();
		String said = new String(mount.getInputStream().readAllBytes());
		if (mount.waitFor() != 0) {
			System.out.println("No small file system for the disk-full fault (mount needs root): " + said.strip());
			return Optional.empty();
		}
		return Optional.of(new SmallDisk(at));
	}

	/** Writes until the file system has no byte left. */
	void fill() throws IOException {
		ByteBuffer chunk = ByteBuffer.allocate(1 << 20);
		try (FileChannel channel = FileChannel.open(filler, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
			while (true) {
				chunk.clear();
				channel.write(chunk);
			}
		}
		catch (IOException full) {
			if (!String.valueOf(full.getMessage()).contains("No space left")) {
				throw full;
			}
		}
	}

	void free() throws IOException {
		Files.deleteIfExists(filler);
	}

	@Override
	public void close() throws IOException, InterruptedException {
		new ProcessBuilder("umount", "-l", root.toString()).inheritIO().start().waitFor();
	}
}
