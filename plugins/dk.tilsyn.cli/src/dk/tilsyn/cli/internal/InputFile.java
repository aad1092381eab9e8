package dk.tilsyn.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

/** A file a command reads ({@code --cases}, {@code --events}, {@code --mapping}): an ordinary file. */
final class InputFile {
	private InputFile() {
	}

	/** The path, or a usage error saying what it is instead: missing, a folder, a pipe or device. */
	static Path of(String file) {
		Path path = Path.of(file);
		if (Files.isRegularFile(path)) {
			return path;
		}
		if (Files.isDirectory(path)) {
			throw new UsageException(NLS.bind(Messages.inputIsAFolder, file));
		}
		if (Files.exists(path)) {
			throw new UsageException(NLS.bind(Messages.inputNotAFile, file));
		}
		throw new UsageException(NLS.bind(Messages.noSuchFile, file));
	}
}
