package dk.tilsyn.lang.scoping;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * What a concept may import (and name as its previous version): a {@code .tilsyn} file given
 * by a relative path inside the importing file's folder tree. Concepts never reach the network
 * or arbitrary files, and never hang on a pipe or a device: the text of the path is judged
 * before any I/O, and the file itself only by its attributes (a regular file of a sane size)
 * before it is read.
 */
public final class ImportPolicy {
	/** A library is a text a lawyer wrote; anything larger is not one. */
	public static final long MAX_FILE_SIZE = 10L * 1024 * 1024;

	/** Why an import's path is refused, judged from its text alone. */
	public enum Refusal {
		/** a URL (http:, file:, ...) or a path with a drive or escapes */
		URL,
		/** an absolute path, or one that leaves the importing file's folder tree */
		OUTSIDE,
		/** not a .tilsyn file */
		NOT_TILSYN
	}

	/** What is found at an import's path on disk. */
	public enum FileStatus {
		OK, MISSING, NOT_A_FILE, OUTSIDE, TOO_LARGE, UNKNOWN
	}

	private ImportPolicy() {
	}

	/** Why the path text is refused, or null when it is an acceptable relative .tilsyn path. */
	public static Refusal refusal(String path) {
		if (path == null || path.isBlank()) {
			return Refusal.NOT_TILSYN;
		}
		if (path.matches("(?s)^[A-Za-z][A-Za-z0-9+.\\-]*:.*") || path.indexOf('\\') >= 0 || path.indexOf('%') >= 0
				|| path.indexOf('?') >= 0 || path.indexOf('#') >= 0 || path.indexOf(':') >= 0
				|| path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
			return Refusal.URL;
		}
		if (path.startsWith("/") || path.startsWith("~")) {
			return Refusal.OUTSIDE;
		}
		int depth = 0;
		for (String segment : path.split("/", -1)) {
			if (segment.equals("..")) {
				if (--depth < 0) {
					return Refusal.OUTSIDE;
				}
			} else if (!segment.isEmpty() && !segment.equals(".")) {
				depth++;
			}
		}
		if (!path.toLowerCase(Locale.ROOT).endsWith(".tilsyn") || path.endsWith("/.tilsyn")
				|| path.equals(".tilsyn")) {
			return Refusal.NOT_TILSYN;
		}
		return null;
	}

	/** The import's URI resolved against the importing resource, or null when it cannot be. */
	public static URI resolve(Resource from, String path) {
		if (from == null || from.getURI() == null || refusal(path) != null) {
			return null;
		}
		try {
			URI uri = URI.createURI(path);
			URI base = from.getURI();
			return base.isRelative() || !base.isHierarchical() ? uri : uri.resolve(base);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	/**
	 * The file behind an accepted import: a regular file (no folder, pipe or device) of at most
	 * {@link #MAX_FILE_SIZE} inside the importing file's folder, also after following links.
	 * UNKNOWN when the importing resource is not a file (an editor's buffer without a location).
	 */
	public static FileStatus fileStatus(Resource from, String path) {
		URI resolved = resolve(from, path);
		Path base = file(from == null ? null : from.getURI());
		Path target = file(resolved);
		if (resolved == null || base == null || target == null) {
			return FileStatus.UNKNOWN;
		}
		Path folder = base.toAbsolutePath().normalize().getParent();
		Path normalized = target.toAbsolutePath().normalize();
		if (folder == null || !normalized.startsWith(folder)) {
			return FileStatus.OUTSIDE;
		}
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(normalized, BasicFileAttributes.class);
		} catch (IOException | SecurityException e) {
			return Files.exists(normalized, LinkOption.NOFOLLOW_LINKS) ? FileStatus.NOT_A_FILE : FileStatus.MISSING;
		}
		if (!attributes.isRegularFile()) {
			return FileStatus.NOT_A_FILE;
		}
		if (attributes.size() > MAX_FILE_SIZE) {
			return FileStatus.TOO_LARGE;
		}
		try {
			if (!normalized.toRealPath().startsWith(folder.toRealPath())) {
				return FileStatus.OUTSIDE; // a link out of the folder tree
			}
		} catch (IOException | SecurityException e) {
			return FileStatus.MISSING;
		}
		return FileStatus.OK;
	}

	/**
	 * Whether the import may be loaded: its text is acceptable, and the file is one already
	 * loaded (an editor's buffer: nothing to open) or an acceptable file.
	 */
	public static boolean allows(Resource from, String path) {
		if (refusal(path) != null) {
			return false;
		}
		if (isLoaded(from, path)) {
			return true;
		}
		FileStatus status = fileStatus(from, path);
		return status == FileStatus.OK || status == FileStatus.UNKNOWN;
	}

	/** Whether the resource set already holds the imported file (no I/O). */
	public static boolean isLoaded(Resource from, String path) {
		URI resolved = resolve(from, path);
		return resolved != null && from.getResourceSet() != null
				&& from.getResourceSet().getResource(resolved, false) != null;
	}

	/** A local file path for a file: or platform:/resource URI, else null. */
	public static Path file(URI uri) {
		if (uri == null) {
			return null;
		}
		URI local = uri;
		if (uri.isPlatformResource()) {
			try {
				local = CommonPlugin.resolve(uri);
			} catch (RuntimeException e) {
				return null;
			}
		}
		if (local == null || !local.isFile() || local.isRelative()) {
			return null;
		}
		try {
			return Path.of(local.toFileString());
		} catch (InvalidPathException e) {
			return null;
		}
	}
}
