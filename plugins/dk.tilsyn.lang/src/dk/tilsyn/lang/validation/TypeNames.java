package dk.tilsyn.lang.validation;

import java.util.Locale;

import org.eclipse.emf.ecore.EClass;

/** The name of a kind of concept element as a lawyer says it, in the user's language. */
final class TypeNames {
	private TypeNames() {
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
