package dk.tilsyn.lang.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.scoping.impl.ImportUriResolver;

/**
 * Import paths as the global scope sees them: a path that {@link ImportPolicy} refuses is not
 * imported at all (the checks say why), so nothing is fetched, opened or waited on for it.
 */
public class TilsynImportUriResolver extends ImportUriResolver {

	@Override
	public String resolve(EObject object) {
		String path = super.resolve(object);
		return path == null || !ImportPolicy.allows(object.eResource(), path) ? null : path;
	}
}
