package dk.tilsyn.store;

import java.nio.file.Path;

/** Where the embedded default store lives: the user's data folder, unless told otherwise. */
public final class StoreLocations {
	/** Overrides the data folder (a system property, or the environment variable TILSYN_DATA). */
	public static final String DATA_FOLDER_PROPERTY = "tilsyn.data";

	private StoreLocations() {
	}

	/** $TILSYN_DATA, else $XDG_DATA_HOME/tilsyn, else ~/.local/share/tilsyn. */
	public static Path dataFolder() {
		String configured = System.getProperty(DATA_FOLDER_PROPERTY, System.getenv("TILSYN_DATA"));
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured).toAbsolutePath();
		}
		String xdg = System.getenv("XDG_DATA_HOME");
		Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
				: Path.of(System.getProperty("user.home"), ".local", "share");
		return base.resolve("tilsyn").toAbsolutePath();
	}

	public static String defaultUrl() {
		return embeddedUrl(dataFolder().resolve("tilsyn"));
	}

	/** The JDBC URL of an embedded store kept in {@code file}.mv.db. */
	public static String embeddedUrl(Path file) {
		return "jdbc:h2:file:" + file.toAbsolutePath();
	}
}
