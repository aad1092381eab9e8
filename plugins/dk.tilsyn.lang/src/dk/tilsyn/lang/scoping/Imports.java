package dk.tilsyn.lang.scoping;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.model.concept.Import;

/** The files a concept imports, loaded only when {@link ImportPolicy} allows them. */
public final class Imports {
	private Imports() {
	}

	/** The resource an import names (loaded if needed), or null when it is refused or cannot be had. */
	public static Resource load(Import anImport) {
		Resource from = anImport.eResource();
		String path = anImport.getImportURI();
		if (from == null || from.getResourceSet() == null || !ImportPolicy.allows(from, path)) {
			return null;
		}
		URI uri = ImportPolicy.resolve(from, path);
		if (uri == null) {
			return null;
		}
		ResourceSet resources = from.getResourceSet();
		if (uri.isRelative()) { // no folder to resolve against: only what is already loaded
			return resources.getResource(uri, false);
		}
		try {
			return resources.getResource(uri, true);
		} catch (RuntimeException e) { // unreadable: the resource stays in the set with its errors
			return resources.getResource(uri, false);
		}
	}

	/** The concepts and libraries a concept imports, directly or through other imports, each once. */
	public static List<Concept> importedConcepts(Concept concept) {
		List<Concept> result = new ArrayList<>();
		Set<Resource> seen = new HashSet<>();
		seen.add(concept.eResource());
		Deque<Concept> todo = new ArrayDeque<>();
		todo.add(concept);
		while (!todo.isEmpty()) {
			for (Import anImport : todo.poll().getImports()) {
				Resource resource = load(anImport);
				if (resource != null && seen.add(resource) && !resource.getContents().isEmpty()
						&& resource.getContents().get(0) instanceof Concept imported) {
					result.add(imported);
					todo.add(imported);
				}
			}
		}
		return result;
	}
}
