package dk.tilsyn.concept;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dk.tilsyn.concept.internal.ConceptActivator;

/**
 * Every concept installed in the running application, sorted by id: the concept services this
 * bundle tracks while it runs ({@link ConceptActivator}).
 */
public final class InstalledConcepts {
	private InstalledConcepts() {
	}

	public static List<InstalledConcept> all() {
		return ConceptActivator.concepts().stream().sorted(Comparator.comparing(InstalledConcept::id)).toList();
	}

	public static Optional<InstalledConcept> byId(String id) {
		return all().stream().filter(c -> c.id().equals(id)).findFirst();
	}
}
