package dk.tilsyn.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * A file a command writes ({@code --out FILE}, {@code --audit FILE}), checked before the
 * command does any work: not a folder, not one of the command's inputs, not a file of someone
 * else's (an existing file is replaced only when it is empty or an earlier output of the same
 * command), in a folder that exists
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

	/**
	 * {@code option}: the option that named the file, for the messages; {@code inputs}: files
	 * read; {@code earlierOutput}: tells an earlier output of the same command, the only kind of
	 * existing file that is replaced (the product never overwrites what it did not write).
	 */
	static OutputFile prepare(String file, String option, List<Path> inputs, Predicate<Path> earlierOutput) {
		Path target = Path.of(file).toAbsolutePath().normalize();
		if (Files.isDirectory(target)) {
			throw new UsageException(NLS.bind(Messages.outIsAFolder, file, option));
		}
		if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !isEmptyFile(target) && !earlierOutput.test(target)) {
			throw new UsageException(NLS.bind(Messages.outNotOursFile, file, option));
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

	/**
	 * An earlier output that is a JSON object whose first fields are these names (with these
	 * values where one is given, else any): how {@code export} and {@code --audit} know their own
	 * files. Reads only as far as it needs; anything else (not JSON, another shape) is not ours.
	 */
	static Predicate<Path> jsonStartingWith(String... namesAndValues) {
		return file -> {
			if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
				return false;
			}
			try (JsonParser json = JSON.createParser(file.toFile())) {
				if (json.nextToken() != JsonToken.START_OBJECT) {
					return false;
				}
				for (int i = 0; i < namesAndValues.length; i += 2) {
					if (json.nextToken() != JsonToken.FIELD_NAME || !json.currentName().equals(namesAndValues[i])) {
						return false;
					}
					JsonToken value = json.nextToken();
					String expected = namesAndValues[i + 1];
					if (expected != null && (value != JsonToken.VALUE_STRING || !expected.equals(json.getText()))) {
						return false;
					}
					json.skipChildren();
				}
				return true;
			} catch (IOException | RuntimeException e) {
				return false;
			}
		};
	}

	private static final JsonFactory JSON = new JsonFactory();

	private static boolean isEmptyFile(Path file) {
		try {
			return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == 0;
		} catch (IOException e) {
			return false;
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
