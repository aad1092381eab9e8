package dk.tilsyn.cli.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

/**
 * The folder a command writes ({@code --out DIR}): {@link dk.tilsyn.model.files.OutputFolder}
 * (never deletes what the product did not write), with the command line's own refusals and
 * messages. The current folder, or one holding it, is never an output.
 */
final class OutputFolder implements AutoCloseable {
	private final dk.tilsyn.model.files.OutputFolder folder;
	private final String command;

	private OutputFolder(dk.tilsyn.model.files.OutputFolder folder, String command) {
		this.folder = folder;
		this.command = command;
	}

	/**
	 * Checks that {@code folder} may be written by {@code tilsyn command} and makes the staging
	 * folder beside it; refuses (a usage error naming the folder) anything else. See
	 * {@link dk.tilsyn.model.files.OutputFolder#prepare} for {@code companions} and
	 * {@code legacyFiles}.
	 */
	static OutputFolder prepare(Path folder, String command, Set<String> companions, Set<String> legacyFiles) {
		Path target = folder.toAbsolutePath().normalize();
		Path current = Path.of("").toAbsolutePath().normalize();
		if (current.startsWith(target)) {
			throw new UsageException(NLS.bind(Messages.outHoldsCurrentFolder, folder));
		}
		try {
			return new OutputFolder(dk.tilsyn.model.files.OutputFolder.prepare(target, command, companions, legacyFiles),
					command);
		} catch (IOException | UnsupportedOperationException e) {
			throw refusal(target, folder, command, e);
		}
	}

	/** Where the command writes its output; it does not exist yet (the command creates it). */
	Path staging() {
		return folder.staging();
	}

	/** The folder the output will be in. */
	Path target() {
		return folder.target();
	}

	/** Writes the manifest and moves the output into place, replacing an earlier output. */
	void commit() {
		try {
			folder.commit();
		} catch (IOException e) {
			throw refusal(folder.target(), folder.target(), command, e);
		}
	}

	/** Deletes the staging folder (and the replaced output): all of it was written here. */
	@Override
	public void close() {
		folder.close();
	}

	boolean committed() {
		return folder.committed();
	}

	/** {@code given}: the folder as the user gave it, for the messages that are not about its content. */
	private static UsageException refusal(Path target, Path given, String command, Exception e) {
		if (e instanceof dk.tilsyn.model.files.OutputFolder.NotOursException notOurs) {
			return notOurs.entry() == null ? new UsageException(NLS.bind(Messages.outIsAFile, target))
					: new UsageException(NLS.bind(Messages.outNotOurs, new Object[] { target, command, notOurs.entry() }));
		}
		return new UsageException(NLS.bind(Messages.cannotWriteFolder, given, reason(e)));
	}

	/** Why a file operation failed, in words a user can act on. */
	static String reason(Exception e) {
		if (e instanceof AccessDeniedException) {
			return Messages.accessDenied;
		}
		if (e instanceof java.nio.file.FileAlreadyExistsException f) {
			return NLS.bind(Messages.fileInTheWay, f.getFile());
		}
		if (e instanceof FileSystemException f && f.getReason() != null) {
			return f.getReason();
		}
		if (e instanceof java.nio.file.NoSuchFileException) {
			return Messages.folderMissing;
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
