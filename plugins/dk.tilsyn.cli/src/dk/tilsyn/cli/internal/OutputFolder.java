package dk.tilsyn.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

/**
 * The folder a command writes ({@code --out DIR}), made so that the product never deletes what
 * it did not write. The output is written into a new hidden sibling ({@link #staging()}) and
 * moved into place at the end ({@link #commit()}), so the folder appears whole or not at all.
 * An existing folder is replaced only when it is empty or an earlier output of the same
 * command, holding nothing but the files its manifest ({@value #MANIFEST}) lists; anything else
 * is refused before any work is done.
 */
final class OutputFolder implements AutoCloseable {
	/** The manifest of an output folder: "tilsyn COMMAND", then one written file per line. */
	static final String MANIFEST = ".tilsyn-output";

	private final Path target;
	private final String command;
	private final Set<String> companions;
	private final Set<String> legacyFiles;
	private final Path work;
	private boolean committed;

	private OutputFolder(Path target, String command, Set<String> companions, Set<String> legacyFiles, Path work) {
		this.target = target;
		this.command = command;
		this.companions = companions;
		this.legacyFiles = legacyFiles;
		this.work = work;
	}

	/**
	 * Checks that {@code folder} may be written by {@code tilsyn command} and makes the staging
	 * folder beside it; refuses (a usage error naming the folder) anything else.
	 * {@code companions}: files that appear in an output after it was written (H2's trace and
	 * lock files of a store in it), ours too when the manifest is there. {@code legacyFiles}:
	 * names of files an earlier version wrote without a manifest, accepted only in a folder the
	 * product chose itself (the demo's default folder); empty otherwise.
	 */
	static OutputFolder prepare(Path folder, String command, Set<String> companions, Set<String> legacyFiles) {
		Path target = folder.toAbsolutePath().normalize();
		Path current = Path.of("").toAbsolutePath().normalize();
		if (current.startsWith(target)) {
			throw new UsageException(NLS.bind(Messages.outHoldsCurrentFolder, folder));
		}
		checkReplaceable(target, command, companions, legacyFiles);
		Path parent = target.getParent();
		try {
			Files.createDirectories(parent);
			Path work = Files.createTempDirectory(parent, "." + target.getFileName() + ".tilsyn-");
			return new OutputFolder(target, command, companions, legacyFiles, work);
		} catch (IOException | UnsupportedOperationException e) {
			throw new UsageException(NLS.bind(Messages.cannotWriteFolder, folder, reason(e)));
		}
	}

	/** Where the command writes its output; it does not exist yet (the command creates it). */
	Path staging() {
		return work.resolve("out");
	}

	/** The folder the output will be in. */
	Path target() {
		return target;
	}

	/** Writes the manifest and moves the output into place, replacing an earlier output. */
	void commit() {
		Path staged = staging();
		try {
			Files.createDirectories(staged);
			List<String> written = files(staged);
			Files.writeString(staged.resolve(MANIFEST), "tilsyn " + command + "\n" + String.join("\n", written) + "\n",
					StandardCharsets.UTF_8);
			if (Files.exists(target)) {
				checkReplaceable(); // again: it may have changed while we worked
				Path old = work.resolve("old");
				Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
				try {
					Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
				} catch (IOException e) {
					Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
					throw e;
				}
			} else {
				Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
			}
			committed = true;
		} catch (IOException e) {
			throw new UsageException(NLS.bind(Messages.cannotWriteFolder, target, reason(e)));
		} finally {
			close();
		}
	}

	/** Deletes the staging folder (and the replaced output): all of it was written here. */
	@Override
	public void close() {
		if (!Files.exists(work)) {
			return;
		}
		try (Stream<Path> all = Files.walk(work)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		} catch (IOException e) {
			// a leftover hidden staging folder is untidy, not harmful; the result is in place
		}
	}

	boolean committed() {
		return committed;
	}

	private void checkReplaceable() {
		checkReplaceable(target, command, companions, legacyFiles);
	}

	private static void checkReplaceable(Path target, String command, Set<String> companions, Set<String> legacyFiles) {
		if (!Files.exists(target)) {
			return;
		}
		if (!Files.isDirectory(target)) {
			throw new UsageException(NLS.bind(Messages.outIsAFile, target));
		}
		try {
			List<String> present = entries(target);
			if (present.isEmpty()) {
				return;
			}
			Set<String> ours = new HashSet<>();
			Path manifest = target.resolve(MANIFEST);
			if (Files.isRegularFile(manifest)) {
				List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
				if (!lines.isEmpty() && lines.get(0).equals("tilsyn " + command)) {
					ours.add(MANIFEST);
					ours.addAll(lines.subList(1, lines.size()));
					ours.addAll(companions);
				}
			} else {
				ours.addAll(legacyFiles);
			}
			for (String file : List.copyOf(ours)) { // the folders that hold our files are ours too
				for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
					ours.add(file.substring(0, slash));
				}
			}
			for (String entry : present) {
				if (!ours.contains(entry)) {
					throw new UsageException(NLS.bind(Messages.outNotOurs, new Object[] { target, command, entry }));
				}
			}
		} catch (IOException e) {
			throw new UsageException(NLS.bind(Messages.cannotWriteFolder, target, reason(e)));
		}
	}

	/** Everything under a folder (files, links, folders), relative, '/'-separated, sorted. */
	private static List<String> entries(Path folder) throws IOException {
		try (Stream<Path> all = Files.walk(folder)) {
			return all.filter(p -> !p.equals(folder)).map(p -> folder.relativize(p).toString().replace('\\', '/'))
					.sorted().toList();
		}
	}

	/** The files (not folders) under a folder, relative, '/'-separated, sorted. */
	private static List<String> files(Path folder) throws IOException {
		try (Stream<Path> all = Files.walk(folder)) {
			return all.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
					.map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
		}
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
