package dk.tilsyn.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.eclipse.osgi.util.NLS;

/**
 * A file a command writes ({@code --out FILE}, {@code --audit FILE}), checked before the
 * command does any work: not a folder, not one of the command's inputs, in a folder that exists
 * and can be written (a temporary file is made there at once). The content goes into that
 * temporary file and is moved into place by {@link #commit()}, so a failed run leaves the old
 * file as it was and no half-written one.
 */
final class OutputFile implements AutoCloseable {
	private final Path target;
	private final Path temp;

	private OutputFile(Path target, Path temp) {
		this.target = target;
		this.temp = temp;
	}

	/** {@code option}: the option that named the file, for the messages; {@code inputs}: files read. */
	static OutputFile prepare(String file, String option, List<Path> inputs) {
		Path target = Path.of(file).toAbsolutePath().normalize();
		if (Files.isDirectory(target)) {
			throw new UsageException(NLS.bind(Messages.outIsAFolder, file, option));
		}
		Path parent = target.getParent();
		if (parent == null || !Files.isDirectory(parent)) {
			throw new UsageException(NLS.bind(Messages.outFolderMissing, file, parent));
		}
		for (Path input : inputs) {
			try {
				if (Files.exists(target) && Files.exists(input) && Files.isSameFile(target, input)) {
					throw new UsageException(NLS.bind(Messages.outIsAnInput, file, option));
				}
			} catch (IOException e) {
				throw new UsageException(NLS.bind(Messages.cannotWrite, file, OutputFolder.reason(e)));
			}
		}
		try {
			return new OutputFile(target, Files.createTempFile(parent, "." + target.getFileName() + ".", ".tmp"));
		} catch (IOException | UnsupportedOperationException e) {
			throw new UsageException(NLS.bind(Messages.cannotWrite, file, OutputFolder.reason(e)));
		}
	}

	/** The temporary file to write; {@link #commit()} moves it into place. */
	OutputStream stream() {
		try {
			return Files.newOutputStream(temp);
		} catch (IOException e) {
			throw new UsageException(NLS.bind(Messages.cannotWrite, target, OutputFolder.reason(e)));
		}
	}

	void write(String text) {
		try {
			Files.writeString(temp, text, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UsageException(NLS.bind(Messages.cannotWrite, target, OutputFolder.reason(e)));
		}
	}

	void commit() {
		try {
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new UsageException(NLS.bind(Messages.cannotWrite, target, OutputFolder.reason(e)));
		}
	}

	Path target() {
		return target;
	}

	/** Removes the temporary file when the command did not get as far as {@link #commit()}. */
	@Override
	public void close() {
		try {
			Files.deleteIfExists(temp);
		} catch (IOException e) {
			// a leftover hidden temporary file is untidy, not harmful
		}
	}
}
