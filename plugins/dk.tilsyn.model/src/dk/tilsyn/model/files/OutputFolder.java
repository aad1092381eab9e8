package dk.tilsyn.model.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A folder the product writes, made so that it never deletes what it did not write: the
 * output goes into a new hidden sibling ({@link #staging()}) and is moved into place by
 * {@link #commit()}, so it appears whole or not at all. An existing folder is replaced only
 * when it is empty or an earlier output of the same command, holding nothing but the files its
 * manifest ({@value #MANIFEST}) lists; anything else is refused before any work is done.
 * Used by {@code tilsyn generate}, {@code tilsyn demo} and Studio's Generate alike.
 */
public final class OutputFolder implements AutoCloseable {
	/** The manifest of an output folder: "tilsyn COMMAND", then one written file per line. */
	public static final String MANIFEST = ".tilsyn-output";

	/**
	 * The folder is not ours to replace: {@link #entry()} names the first thing in it that an
	 * earlier output did not write, or is null when the folder is a file.
	 */
	public static final class NotOursException extends FileSystemException {
		private static final long serialVersionUID = 1L;
		private final String entry;

		NotOursException(Path folder, String entry) {
			super(folder.toString());
			this.entry = entry;
		}

		public String entry() {
			return entry;
		}
	}

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
	 * folder beside it. {@code companions}: files that appear in an output after it was written
	 * (H2's trace and lock files of a store in it), ours too when the manifest is there.
	 * {@code legacyFiles}: names of files an earlier version wrote without a manifest, accepted
	 * only in a folder the product chose itself (the demo's default folder); empty otherwise.
	 *
	 * @throws NotOursException when the folder holds anything else
	 */
	public static OutputFolder prepare(Path folder, String command, Set<String> companions, Set<String> legacyFiles)
			throws IOException {
		Path target = folder.toAbsolutePath().normalize();
		checkReplaceable(target, command, companions, legacyFiles);
		Path parent = target.getParent();
		Files.createDirectories(parent);
		Path work = Files.createTempDirectory(parent, "." + target.getFileName() + ".tilsyn-");
		return new OutputFolder(target, command, companions, legacyFiles, work);
	}

	/** Where the output is written; it does not exist yet (the writer creates it). */
	public Path staging() {
		return work.resolve("out");
	}

	/** The folder the output will be in. */
	public Path target() {
		return target;
	}

	/** Writes the manifest and moves the output into place, replacing an earlier output. */
	public void commit() throws IOException {
		Path staged = staging();
		try {
			Files.createDirectories(staged);
			List<String> written = files(staged);
			Files.writeString(staged.resolve(MANIFEST), "tilsyn " + command + "\n" + String.join("\n", written) + "\n",
					StandardCharsets.UTF_8);
			if (Files.exists(target)) {
				checkReplaceable(target, command, companions, legacyFiles); // again: it may have changed meanwhile
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
		} finally {
			close();
		}
	}

	public boolean committed() {
		return committed;
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

	private static void checkReplaceable(Path target, String command, Set<String> companions, Set<String> legacyFiles)
			throws IOException {
		if (!Files.exists(target)) {
			return;
		}
		if (!Files.isDirectory(target)) {
			throw new NotOursException(target, null);
		}
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
				throw new NotOursException(target, entry);
			}
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
}
