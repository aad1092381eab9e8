package dk.tilsyn.concept;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.model.concept.Event;
import dk.tilsyn.model.concept.Import;

/**
 * A concept and the libraries it imports, directly or through other libraries: where its rules,
 * events and flags are declared. In a compiled concept the libraries are the further roots of
 * its XMI (the generator writes them there, in this order); from source they are the resources
 * its imports name.
 */
public final class ConceptWithImports {
	private ConceptWithImports() {
	}

	/**
	 * The concept first, then each library once, depth first in the order of the imports; an
	 * import is found among the resources already loaded (see {@link #loaded}).
	 */
	public static List<Concept> of(Concept concept) {
		return of(concept, ConceptWithImports::loaded);
	}

	/**
	 * As {@link #of(Concept)}, with the resource of an import found by {@code resolve} (null when
	 * it is not to be had): the language loads imports under its import policy.
	 */
	public static List<Concept> of(Concept concept, Function<Import, Resource> resolve) {
		Set<Concept> concepts = new LinkedHashSet<>();
		collect(concept, resolve, concepts);
		return List.copyOf(concepts);
	}

	/** The events the concept and its libraries declare, in the order of {@link #of(Concept)}. */
	public static List<Event> events(Concept concept) {
		List<Event> events = new ArrayList<>();
		for (Concept c : of(concept)) {
			events.addAll(c.getEvents());
		}
		return events;
	}

	/**
	 * The resource an import names, resolved against the importing resource, when its resource
	 * set has it loaded; never loads a file.
	 */
	public static Resource loaded(Import anImport) {
		Resource from = anImport.eResource();
		if (from == null || from.getResourceSet() == null || anImport.getImportURI() == null) {
			return null;
		}
		try {
			URI uri = URI.createURI(anImport.getImportURI());
			URI base = from.getURI();
			if (uri.isRelative() && base != null && base.isHierarchical() && !base.isRelative()) {
				uri = uri.resolve(base);
			}
			return from.getResourceSet().getResource(uri, false);
		} catch (IllegalArgumentException notAUri) {
			return null;
		}
	}

	private static void collect(Concept concept, Function<Import, Resource> resolve, Set<Concept> concepts) {
		if (!concepts.add(concept)) {
			return;
		}
		Resource resource = concept.eResource();
		if (resource == null) {
			return;
		}
		if (concept == resource.getContents().get(0)) { // a compiled concept: its libraries are the further roots
			for (EObject root : resource.getContents()) {
				if (root instanceof Concept c) {
					collect(c, resolve, concepts);
				}
			}
		}
		for (Import anImport : concept.getImports()) {
			Resource library = resolve.apply(anImport);
			if (library != null) {
				for (EObject root : library.getContents()) {
					if (root instanceof Concept c) {
						collect(c, resolve, concepts);
					}
				}
			}
		}
	}
}
