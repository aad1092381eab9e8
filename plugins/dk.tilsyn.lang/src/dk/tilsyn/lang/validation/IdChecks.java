package dk.tilsyn.lang.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import dk.tilsyn.lang.scoping.Imports;
import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.model.concept.Event;
import dk.tilsyn.model.concept.Flag;
import dk.tilsyn.model.concept.Law;
import dk.tilsyn.model.concept.Question;
import dk.tilsyn.model.concept.Rule;
import dk.tilsyn.model.concept.SamplingModel;
import dk.tilsyn.model.concept.Stage;
import dk.tilsyn.model.concept.Theme;
import dk.tilsyn.model.concept.ConceptPackage;

/**
 * Ids are unique, here and across the files a concept imports, and a stage asks a question
 * once. Part of {@link TilsynValidator}.
 */
public class IdChecks extends AbstractDeclarativeValidator {
	private static final ConceptPackage P = ConceptPackage.eINSTANCE;

	/** Run by {@link TilsynValidator}, not registered on its own (else every issue came twice). */
	@Override
	public void register(EValidatorRegistrar registrar) {
	}

	/** Question ids are the stable keys of answers and trends, so they are unique per concept. */
	@Check
	public void checkUniqueQuestionIds(Concept concept) {
		List<Question> questions = concept.getStages().stream().flatMap(s -> s.getQuestions().stream()).toList();
		reportDuplicates(questions, Question::getName, P.getQuestion_Name(), Messages.duplicateQuestionId,
				IssueCodes.DUPLICATE_QUESTION_ID, concept);
	}

	@Check
	public void checkUniqueStageIds(Concept concept) {
		reportDuplicates(concept.getStages(), Stage::getName, P.getStage_Name(), Messages.duplicateStageId,
				IssueCodes.DUPLICATE_STAGE_ID, concept);
	}

	@Check
	public void checkUniqueRuleIds(Concept concept) {
		reportDuplicates(concept.getRules(), Rule::getName, P.getRule_Name(), Messages.duplicateRuleId,
				IssueCodes.DUPLICATE_RULE_ID, concept);
	}

	@Check
	public void checkUniqueModelIds(Concept concept) {
		reportDuplicates(concept.getModels(), SamplingModel::getName, P.getSamplingModel_Name(),
				Messages.duplicateModelId, IssueCodes.DUPLICATE_MODEL_ID, concept);
	}

	private <T extends EObject> void reportDuplicates(List<T> elements, Function<T, String> id, EAttribute feature,
			String message, String code, Concept concept) {
		Set<String> seen = new HashSet<>();
		for (T element : elements) {
			String name = id.apply(element);
			if (name != null && !seen.add(name)) {
				error(NLS.bind(message, name, concept.getName()), element, feature, code, name);
			}
		}
	}

	@Check
	public void checkUniqueLawIds(Concept concept) {
		reportDuplicates(concept.getLaws(), Law::getName, P.getLaw_Name(), Messages.duplicateLawId,
				IssueCodes.DUPLICATE_LAW_ID, concept);
	}

	@Check
	public void checkUniqueEventIds(Concept concept) {
		reportDuplicates(concept.getEvents(), Event::getName, P.getEvent_Name(), Messages.duplicateEventId,
				IssueCodes.DUPLICATE_EVENT_ID, concept);
	}

	@Check
	public void checkUniqueFlagIds(Concept concept) {
		reportDuplicates(concept.getFlags(), Flag::getName, P.getFlag_Name(), Messages.duplicateFlagId,
				IssueCodes.DUPLICATE_FLAG_ID, concept);
	}

	@Check
	public void checkUniqueThemeIds(Concept concept) {
		reportDuplicates(concept.getThemes(), Theme::getName, P.getTheme_Name(), Messages.duplicateThemeId,
				IssueCodes.DUPLICATE_THEME_ID, concept);
	}

	/**
	 * An id declared here and in an imported file is declared twice: both rules would be
	 * applied (two verdicts per case), and which one a reference means is chance.
	 */
	@Check(CheckType.NORMAL)
	public void checkIdsNotDeclaredInImports(Concept concept) {
		Map<EClass, Map<String, EObject>> imported = new HashMap<>();
		for (Concept library : Imports.importedConcepts(concept)) {
			for (EObject element : declarations(library)) {
				imported.computeIfAbsent(element.eClass(), k -> new HashMap<>()).putIfAbsent(nameOf(element), element);
			}
		}
		for (EObject element : declarations(concept)) {
			String name = nameOf(element);
			EObject other = imported.getOrDefault(element.eClass(), Map.of()).get(name);
			if (other != null) {
				ICompositeNode node = NodeModelUtils.getNode(other);
				error(NLS.bind(Messages.idDeclaredInImport, new Object[] { name, other.eResource().getURI().lastSegment(),
						node == null ? "?" : node.getStartLine() }), element,
						element.eClass().getEStructuralFeature("name"), IssueCodes.ID_DECLARED_IN_IMPORT, name);
			}
		}
	}

	/** Everything a concept declares by id (what another file could declare too). */
	private static List<EObject> declarations(Concept concept) {
		List<EObject> all = new ArrayList<>();
		all.addAll(concept.getLaws());
		all.addAll(concept.getEvents());
		all.addAll(concept.getFlags());
		all.addAll(concept.getThemes());
		all.addAll(concept.getStages());
		concept.getStages().forEach(s -> all.addAll(s.getQuestions()));
		all.addAll(concept.getRules());
		all.addAll(concept.getModels());
		all.removeIf(e -> nameOf(e) == null);
		return all;
	}

	private static String nameOf(EObject element) {
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		return name == null ? null : (String) element.eGet(name);
	}

	@Check
	public void checkUniqueQuestionTextInStage(Stage stage) {
		Map<String, Question> seen = new HashMap<>();
		for (Question question : stage.getQuestions()) {
			String text = question.getText() == null ? null : question.getText().trim();
			Question first = text == null ? null : seen.putIfAbsent(text, question);
			if (first != null) {
				warning(NLS.bind(Messages.duplicateQuestionText, first.getName(), stage.getTitle()), question,
						P.getQuestion_Text(), IssueCodes.DUPLICATE_QUESTION_TEXT);
			}
		}
	}
}
