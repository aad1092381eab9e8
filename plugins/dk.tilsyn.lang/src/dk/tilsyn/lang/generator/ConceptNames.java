package dk.tilsyn.lang.generator;

import java.util.Locale;

/** Where the parts of a concept plugin go, derived from the concept's id (e.g. kk2018). */
public record ConceptNames(String conceptId) {

	public String javaPackage() {
		return "dk.tilsyn.concept." + conceptId.toLowerCase(Locale.ROOT);
	}

	public String bundleName() {
		return javaPackage();
	}

	public String conceptClass() {
		return typePrefix() + "Concept";
	}

	public String validatorClass() {
		return typePrefix() + "Validator";
	}

	/** The compiled concept, beside the generated classes. */
	public String xmiFile() {
		return conceptId + ".xmi";
	}

	public String componentFile() {
		return "OSGI-INF/" + javaPackage() + ".xml";
	}

	public String path(String fileInPackage) {
		return javaPackage().replace('.', '/') + "/" + fileInPackage;
	}

	private String typePrefix() {
		StringBuilder prefix = new StringBuilder();
		boolean upper = true;
		for (char c : conceptId.toCharArray()) {
			if (c == '_') {
				upper = true;
			} else {
				prefix.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return prefix.toString();
	}
}
