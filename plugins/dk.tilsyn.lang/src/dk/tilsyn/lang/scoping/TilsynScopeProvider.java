package dk.tilsyn.lang.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;

import dk.tilsyn.lang.tilsyn.Concept;
import dk.tilsyn.lang.tilsyn.Question;
import dk.tilsyn.lang.tilsyn.TilsynPackage;

/**
 * A condition names a question by its plain id, whatever stage it is in: lawyers think of
 * ids as unique in a concept (and the validator makes them so).
 */
public class TilsynScopeProvider extends AbstractTilsynScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == TilsynPackage.Literals.ANSWER_CONDITION__QUESTION) {
			Concept concept = EcoreUtil2.getContainerOfType(context, Concept.class);
			if (concept != null) {
				return Scopes.scopeFor(EcoreUtil2.getAllContentsOfType(concept, Question.class),
						super.getScope(context, reference));
			}
		}
		return super.getScope(context, reference);
	}
}
