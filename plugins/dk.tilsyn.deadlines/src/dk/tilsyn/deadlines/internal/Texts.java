package dk.tilsyn.deadlines.internal;

import java.util.Locale;
import java.util.ResourceBundle;

import dk.tilsyn.deadlines.Verdict.Language;

/**
 * The words of derivations. Unlike the UI's NLS messages, a derivation is wanted in both
 * languages at once, so both bundles are loaded explicitly (English is the base file).
 */
public final class Texts {
	private static final String NAME = "dk.tilsyn.deadlines.internal.derivation";
	private static final ResourceBundle DA = load(Locale.forLanguageTag("da"));
	private static final ResourceBundle EN = load(Locale.ENGLISH);

	private Texts() {
	}

	private static ResourceBundle load(Locale locale) {
		return ResourceBundle.getBundle(NAME, locale, Texts.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/** The text of {@code key} with {0}, {1}, ... replaced by the arguments. */
	public static String get(Language language, String key, Object... args) {
		String text = (language == Language.EN ? EN : DA).getString(key);
		if (args.length == 0) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length() + 32);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '{' && i + 2 < text.length() && text.charAt(i + 2) == '}' && Character.isDigit(text.charAt(i + 1))) {
				int index = text.charAt(i + 1) - '0';
				out.append(index < args.length ? String.valueOf(args[index]) : "");
				i += 2;
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
