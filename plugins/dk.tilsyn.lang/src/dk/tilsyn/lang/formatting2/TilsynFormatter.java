package dk.tilsyn.lang.formatting2;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;

import com.google.common.collect.Iterables;

import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.model.concept.Draw;
import dk.tilsyn.model.concept.Import;
import dk.tilsyn.model.concept.Level;
import dk.tilsyn.model.concept.Question;
import dk.tilsyn.model.concept.Quota;
import dk.tilsyn.model.concept.Rule;
import dk.tilsyn.model.concept.RuleBasedSelection;
import dk.tilsyn.model.concept.DecisionTypeCount;
import dk.tilsyn.model.concept.RuleDefinition;
import dk.tilsyn.model.concept.SamplingModel;
import dk.tilsyn.model.concept.SectionRef;
import dk.tilsyn.model.concept.Stage;
import dk.tilsyn.model.concept.ConceptPackage;

/**
 * The layout of a concept as a document: one declaration per line, a blank line before each
 * stage, rule and model, questions indented in their stage with their attributes on lines of
 * their own below them. Comments and blank lines the lawyer wrote between declarations stay.
 */
public class TilsynFormatter extends AbstractJavaFormatter {
	private static final String[] QUESTION_ATTRIBUTES = { "engelsk", "svar", "vejledning", "jf.", "tema",
			"taskforce", "grundkrav", "hvis", "frist" };
	private static final String[] SELECTION_CLAUSES = { "skæringsdato", "afgørelser", "inden", "type", "ansvarlig",
			"udeluk", "alder", "kun" };

	protected void format(Concept concept, IFormattableDocument doc) {
		for (String keyword : new String[] { "version", "gyldig", "forrige" }) {
			doc.prepend(regionFor(concept).keyword(keyword), it -> it.newLine());
		}
		for (Import imported : concept.getImports()) {
			doc.prepend(imported, it -> it.setNewLines(1, 1, 2));
		}
		for (EObject declaration : Iterables.concat(concept.getLaws(), concept.getEvents(), concept.getFlags(),
				concept.getThemes())) {
			doc.prepend(declaration, it -> it.setNewLines(1, 1, 2));
			doc.format(declaration);
		}
		for (EObject block : Iterables.concat(concept.getStages(), concept.getRules(), concept.getModels())) {
			doc.prepend(block, it -> it.setNewLines(2));
			doc.format(block);
		}
		doc.append(concept, it -> it.setNewLines(1));
	}

	protected void format(Stage stage, IFormattableDocument doc) {
		block(regionFor(stage).keyword("{"), regionFor(stage).keyword("}"), doc);
		for (Question question : stage.getQuestions()) {
			doc.prepend(question, it -> it.newLine());
			doc.format(question);
		}
	}

	protected void format(Question question, IFormattableDocument doc) {
		List<ISemanticRegion> attributes = regionFor(question).keywords(QUESTION_ATTRIBUTES);
		for (ISemanticRegion attribute : attributes) {
			doc.prepend(attribute, it -> it.newLine());
		}
		ISemanticRegion text = regionFor(question).feature(ConceptPackage.Literals.QUESTION__TEXT);
		ISemanticRegion last = Iterables.getLast(allSemanticRegions(question), null);
		if (text != null && last != null && last != text) {
			// from the line after the text to the line of the last attribute, inclusive
			doc.set(text.getNextHiddenRegion(), last.getNextHiddenRegion(), it -> it.indent());
		}
		if (question.getCondition() != null) {
			doc.format(question.getCondition());
		}
		for (SectionRef section : question.getSections()) {
			doc.format(section);
		}
	}

	protected void format(SectionRef section, IFormattableDocument doc) {
		for (ISemanticRegion comma : regionFor(section).keywords(",")) {
			doc.prepend(comma, it -> it.noSpace());
		}
	}

	protected void format(Rule rule, IFormattableDocument doc) {
		block(regionFor(rule).keyword("{"), regionFor(rule).keyword("}"), doc);
		for (RuleDefinition definition : rule.getDefinitions()) {
			doc.prepend(definition, it -> it.newLine());
			doc.format(definition);
		}
	}

	/** Continuation lines of a definition ("når ...", "derefter ...") are indented under it. */
	protected void format(RuleDefinition definition, IFormattableDocument doc) {
		ISemanticRegion colon = regionFor(definition).keyword(":");
		ISemanticRegion last = Iterables.getLast(allSemanticRegions(definition), null);
		if (colon != null && last != null && colon != last) {
			doc.set(colon.getNextHiddenRegion(), last.getNextHiddenRegion(), it -> it.indent());
		}
		doc.prepend(regionFor(definition).keyword("når"), it -> it.newLine());
		if (definition.getSection() != null) {
			doc.format(definition.getSection());
		}
	}

	protected void format(SamplingModel model, IFormattableDocument doc) {
		block(regionFor(model).keyword("{"), regionFor(model).keyword("}"), doc);
		for (String keyword : new String[] { "kadence", "samtidig", "forskudt", "tjeneste" }) {
			for (ISemanticRegion region : regionFor(model).keywords(keyword)) {
				doc.prepend(region, it -> it.newLine());
			}
		}
		for (Level level : model.getLevels()) {
			doc.prepend(level, it -> it.newLine());
			doc.format(level);
		}
		if (model.getSelection() != null) {
			doc.prepend(model.getSelection(), it -> it.newLine());
			doc.format(model.getSelection());
		}
	}

	protected void format(Level level, IFormattableDocument doc) {
		block(regionFor(level).keyword("{"), regionFor(level).keyword("}"), doc);
		doc.prepend(regionFor(level).keyword("ramme"), it -> it.newLine());
		for (Draw draw : level.getDraws()) {
			doc.prepend(draw, it -> it.newLine());
			doc.format(draw);
		}
	}

	protected void format(Draw draw, IFormattableDocument doc) {
		ISemanticRegion open = regionFor(draw).keyword("{");
		if (open != null) {
			block(open, regionFor(draw).keyword("}"), doc);
			for (Quota quota : draw.getQuotas()) {
				doc.prepend(quota, it -> it.newLine());
			}
		}
	}

	protected void format(RuleBasedSelection selection, IFormattableDocument doc) {
		block(regionFor(selection).keyword("{"), regionFor(selection).keyword("}"), doc);
		for (ISemanticRegion clause : regionFor(selection).keywords(SELECTION_CLAUSES)) {
			doc.prepend(clause, it -> it.newLine());
		}
		for (DecisionTypeCount type : selection.getTypes()) {
			doc.prepend(type, it -> it.newLine());
		}
	}

	/** "{" ends its line, the content is indented, "}" stands on a line of its own. */
	private static void block(ISemanticRegion open, ISemanticRegion close, IFormattableDocument doc) {
		if (open == null || close == null) {
			return;
		}
		doc.prepend(open, it -> it.oneSpace());
		doc.interior(open, close, it -> it.indent());
		doc.prepend(close, it -> it.newLine());
	}
}
