package dk.tilsyn.store.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import dk.tilsyn.store.StoreUrlException;

/**
 * Which store URLs are opened. A URL is a place, not a program: H2 runs code from settings
 * (INIT=RUNSCRIPT, aliases) and from other URL forms, and the PostgreSQL driver loads classes
 * named in parameters (socket, SSL and authentication factories) and writes a log file where
 * told. So only plain {@code jdbc:h2:file:PATH} and PostgreSQL URLs with a few parameters of
 * place, identity, TLS and time are accepted; everything else is refused before a driver sees it.
 */
final class StoreUrls {
	static final String H2_PREFIX = "jdbc:h2:file:";
	static final String PG_PREFIX = "jdbc:postgresql:";
	static final Set<String> TIMEOUTS = Set.of("connectTimeout", "loginTimeout", "socketTimeout");
	/** Who and where, TLS (certificates are read as certificates), time limits. */
	static final Set<String> PG_PARAMETERS = new TreeSet<>(List.of("user", "password", "currentSchema",
			"ApplicationName", "ssl", "sslmode", "sslrootcert", "sslcert", "sslkey", "sslpassword", "targetServerType",
			"tcpKeepAlive", "connectTimeout", "loginTimeout", "socketTimeout"));
	/** A file-system prefix inside H2's path (zip:, split:, memFS:, nio: …); one letter is a Windows drive. */
	private static final Pattern H2_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*", Pattern.DOTALL);

	private StoreUrls() {
	}

	/** The embedded store's file (without .mv.db) of an accepted H2 URL; refuses any other. */
	static String h2Path(String url) {
		String path = url.substring(H2_PREFIX.length());
		int setting = path.indexOf(';');
		if (setting >= 0) {
			String key = path.substring(setting + 1).split("=", 2)[0].trim();
			throw new StoreUrlException(NLS.bind(Messages.h2SettingRefused, location(url), shown(key)));
		}
		if (path.isBlank() || H2_SCHEME.matcher(path).matches()) {
			throw notAccepted(url);
		}
		return path;
	}

	/** The parameters of a PostgreSQL URL, checked against {@link #PG_PARAMETERS}; name → value. */
	static List<String[]> pgParameters(String url) {
		List<String[]> parameters = new ArrayList<>();
		int query = url.indexOf('?');
		if (query < 0) {
			return parameters;
		}
		for (String token : url.substring(query + 1).split("&")) {
			if (token.isEmpty()) {
				continue;
			}
			String[] pair = token.split("=", 2);
			String name = pair[0];
			if (!PG_PARAMETERS.contains(name)) {
				throw new StoreUrlException(NLS.bind(Messages.pgParameterRefused,
						new Object[] { location(url), shown(name), String.join(", ", PG_PARAMETERS) }));
			}
			String value = pair.length > 1 ? pair[1] : "";
			if (TIMEOUTS.contains(name) && !value.matches("[0-9]{1,4}")
					|| TIMEOUTS.contains(name) && (Integer.parseInt(value) < 1 || Integer.parseInt(value) > 3600)) {
				throw new StoreUrlException(NLS.bind(Messages.pgTimeoutRefused, location(url), name));
			}
			parameters.add(new String[] { name, value });
		}
		return parameters;
	}

	/** Checks a URL of any form; the kind is told by the prefix afterwards. */
	static void check(String url) {
		if (url.startsWith(H2_PREFIX)) {
			h2Path(url);
		} else if (url.startsWith(PG_PREFIX)) {
			pgParameters(url);
		} else {
			throw notAccepted(url);
		}
	}

	private static StoreUrlException notAccepted(String url) {
		return new StoreUrlException(
				NLS.bind(Messages.urlNotAccepted, location(url), String.join(", ", PG_PARAMETERS)));
	}

	/** What people see of a URL: no parameters or settings (they may hold a password or code). */
	static String location(String url) {
		return shown(url.split("[?;]", 2)[0]);
	}

	/** A text from outside, safe to print: no control characters (no faked lines), not too long. */
	static String shown(String text) {
		StringBuilder safe = new StringBuilder();
		text.codePoints().limit(200).forEach(c -> {
			if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
				safe.append(String.format("\\u%04x", c));
			} else {
				safe.appendCodePoint(c);
			}
		});
		return text.codePointCount(0, text.length()) > 200 ? safe + "…" : safe.toString();
	}
}
