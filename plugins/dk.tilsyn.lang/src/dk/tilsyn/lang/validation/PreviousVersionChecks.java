package dk.tilsyn.lang.validation;

import static dk.tilsyn.lang.validation.ImportChecks.refusalMessage;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import dk.tilsyn.lang.scoping.ImportPolicy;
import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.model.concept.Question;
import dk.tilsyn.model.concept.Stage;
import dk.tilsyn.model.concept.ConceptPackage;

/**
 * The previous version a concept names is a local concept file, and the questions it shares with
 * it keep their text. Part of {@link TilsynValidator}.
 */
public class PreviousVersionChecks extends AbstractDeclarativeValidator {
	private static final ConceptPackage P = ConceptPackage.eINSTANCE;

	/** Run by {@link TilsynValidator}, not registered on its own (else every issue came twice). */
	@Override
	public void register(EValidatorRegistrar registrar) {
	}

	/** Trends compare a question with itself across versions: a changed text breaks that. */
	@Check(CheckType.NORMAL)
	public void checkTextUnchangedSincePrevious(Concept concept) {
		if (concept.getPrevious() == null || concept.eResource() == null
				|| ImportPolicy.refusal(concept.getPrevious()) != null) {
			return;
		}
		Concept previous = load(concept.eResource(), concept.getPrevious());
		if (previous == null) {
			warning(NLS.bind(Messages.previousNotFound, concept.getPrevious()), concept, P.getConcept_Previous(),
					IssueCodes.TEXT_CHANGED_SINCE_PREVIOUS);
			return;
		}
		Map<String, String> before = new HashMap<>();
		previous.getStages().forEach(s -> s.getQuestions().forEach(q -> before.put(q.getName(), q.getText())));
		for (Stage stage : concept.getStages()) {
			for (Question question : stage.getQuestions()) {
				String old = before.get(question.getName());
				if (old != null && !old.equals(question.getText())) {
					warning(NLS.bind(Messages.textChangedSincePrevious, question.getName(), previous.getVersion()),
							question, P.getQuestion_Text(), IssueCodes.TEXT_CHANGED_SINCE_PREVIOUS);
				}
			}
		}
	}

	@Check
	public void checkPreviousIsALocalConceptFile(Concept concept) {
		ImportPolicy.Refusal refusal = concept.getPrevious() == null ? null : ImportPolicy.refusal(concept.getPrevious());
		if (refusal != null) {
			error(NLS.bind(refusalMessage(refusal), concept.getPrevious()), concept, P.getConcept_Previous(),
					IssueCodes.IMPORT_REFUSED);
		}
	}

	private static Concept load(Resource context, String path) {
		if (!ImportPolicy.allows(context, path)) {
			return null; // never fetched or opened: see checkPreviousIsALocalConceptFile
		}
		try {
			URI uri = URI.createURI(path).resolve(context.getURI());
			if (!context.getResourceSet().getURIConverter().exists(uri, null)) {
				return null;
			}
			Resource resource = context.getResourceSet().getResource(uri, true);
			return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Concept c) ? null : c;
		} catch (RuntimeException e) {
			return null;
		}
	}
}
