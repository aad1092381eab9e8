package dk.tilsyn.lang.validation;

import java.util.Locale;

import org.eclipse.emf.ecore.EClass;

/** The name of a kind of concept element as a lawyer says it, in the user's language. */
final class TypeNames {
	private TypeNames() {
	}

	/** "no question" — in Danish with the article of the word's gender: "intet spørgsmål", "ingen regel". */
	static String none(EClass type) {
		String name = of(type);
		if (!danish()) {
			return "no " + name;
		}
		return (common(type) ? "ingen " : "intet ") + name;
	}

	/** The pronoun that stands for such an element: "det" (neuter) or "den" (common gender); "it" in English. */
	static String pronoun(EClass type) {
		return !danish() ? "it" : common(type) ? "den" : "det";
	}

	/** Danish common gender (en hændelse, en lov, en regel); the others are neuter (et spørgsmål, et sagstrin …). */
	private static boolean common(EClass type) {
		return switch (type.getName()) {
		case "Event", "Law", "Rule" -> true;
		default -> false;
		};
	}

	private static boolean danish() {
		return !"en".equals(Locale.getDefault().getLanguage());
	}

	static String of(EClass type) {
		boolean danish = !"en".equals(Locale.getDefault().getLanguage());
		return switch (type.getName()) {
		case "Question" -> danish ? "spørgsmål" : "question";
		case "Stage" -> danish ? "sagstrin" : "stage";
		case "Event" -> danish ? "hændelse" : "event";
		case "Flag" -> "flag";
		case "Theme" -> danish ? "tema" : "theme";
		case "Law" -> danish ? "lov" : "law";
		case "Rule" -> danish ? "regel" : "rule";
		default -> type.getName().toLowerCase(Locale.ROOT);
		};
	}
}
