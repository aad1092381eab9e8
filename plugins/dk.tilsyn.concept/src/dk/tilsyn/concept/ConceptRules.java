package dk.tilsyn.concept;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dk.tilsyn.deadlines.CaseFacts;
import dk.tilsyn.deadlines.DueOptions;
import dk.tilsyn.deadlines.Duration;
import dk.tilsyn.deadlines.Law;
import dk.tilsyn.deadlines.OptionalHoliday;
import dk.tilsyn.deadlines.Requirement;
import dk.tilsyn.deadlines.Rounding;
import dk.tilsyn.deadlines.Rule;
import dk.tilsyn.deadlines.RuleVersion;
import dk.tilsyn.deadlines.TimeUnit;
import dk.tilsyn.deadlines.Window;
import dk.tilsyn.model.concept.Conditions;
import dk.tilsyn.model.concept.AnswerCondition;
import dk.tilsyn.model.concept.Before;
import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.model.concept.Condition;
import dk.tilsyn.model.concept.Deadline;
import dk.tilsyn.model.concept.Frequency;
import dk.tilsyn.model.concept.Recurring;
import dk.tilsyn.model.concept.RuleDefinition;
import dk.tilsyn.model.concept.SectionRef;
import dk.tilsyn.model.Case;
import dk.tilsyn.model.CaseEvent;

/**
 * Translates a concept's deadline rules (the language's EMF objects) into the deadline engine's
 * rule objects, and review cases into the engine's case facts. The DSL maps one to one: a rule
 * definition per law version, its requirement, due options and applicability condition.
 */
public final class ConceptRules {
	private ConceptRules() {
	}

	/** The rules of a concept and of the libraries it imports, in declaration order. */
	public static List<Rule> of(Concept concept) {
		List<Rule> rules = new ArrayList<>();
		for (Concept c : ConceptWithImports.of(concept)) {
			for (dk.tilsyn.model.concept.Rule rule : c.getRules()) {
				rules.add(translate(rule));
			}
		}
		return rules;
	}

	/** One rule with a version per definition. */
	public static Rule translate(dk.tilsyn.model.concept.Rule rule) {
		List<RuleVersion> versions = new ArrayList<>();
		for (RuleDefinition definition : rule.getDefinitions()) {
			SectionRef section = definition.getSection();
			Condition condition = definition.getApplicability();
			versions.add(new RuleVersion(law(section.getLaw()), section(section), requirement(definition.getRequirement()),
					condition == null ? null : applies(condition), condition == null ? null : Conditions.toText(condition)));
		}
		return new Rule(rule.getName(), rule.getTitle(), versions);
	}

	static Law law(dk.tilsyn.model.concept.Law law) {
		return new Law(law.getName(), law.getTitle(), date(law.getValidFrom()), date(law.getValidTo()));
	}

	private static LocalDate date(String text) {
		try {
			return text == null ? null : LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("Not a date: " + text, e);
		}
	}

	/** "§ 155 stk. 2", "§ 155 b", "§ 52 stk. 3 nr. 7" (the law is said separately). */
	public static String section(SectionRef ref) {
		StringBuilder text = new StringBuilder("§ ").append(ref.getParagraph());
		if (ref.getLetter() != null) {
			text.append(' ').append(ref.getLetter());
		}
		if (ref.getSubsection() > 0) {
			text.append(" stk. ").append(ref.getSubsection());
		}
		if (ref.getNumber() > 0) {
			text.append(" nr. ").append(ref.getNumber());
		}
		return text.toString();
	}

	static Requirement requirement(dk.tilsyn.model.concept.Requirement requirement) {
		if (requirement instanceof Deadline d) {
			return new Requirement.Deadline(d.getAnchor().getName(), d.getTarget().getName(), duration(d.getDuration()),
					due(d.getDue()));
		}
		if (requirement instanceof Before b) {
			return new Requirement.Before(b.getTarget().getName(), b.getAnchor().getName());
		}
		if (requirement instanceof Recurring r) {
			Duration every = r.getEvery() != null ? duration(r.getEvery()) : duration(r.getFallback());
			return new Requirement.Recurring(r.getAnchor().getName(), r.getTarget().getName(), duration(r.getFirst()),
					every, r.getRhythm() == null ? null : r.getRhythm().getName(), due(r.getDue()));
		}
		if (requirement instanceof Frequency f) {
			return new Requirement.Frequency(f.getAnchor().getName(), f.getCount(), f.getTarget().getName(),
					Window.valueOf(f.getWindow().getName()));
		}
		throw new IllegalArgumentException("Unknown requirement " + requirement);
	}

	private static Duration duration(dk.tilsyn.model.concept.Duration duration) {
		return Duration.of(duration.getAmount(), TimeUnit.valueOf(duration.getUnit().getName()));
	}

	private static DueOptions due(dk.tilsyn.model.concept.DueOptions due) {
		if (due == null) {
			return DueOptions.DEFAULT;
		}
		// UNSET: the lawyer gave no rounding; the engine then refuses a day that does not exist
		Rounding rounding = switch (due.getRounding()) {
		case DOWN -> Rounding.DOWN;
		case UP -> Rounding.UP;
		case ERROR, UNSET -> Rounding.ERROR;
		};
		Set<OptionalHoliday> holidays = EnumSet.noneOf(OptionalHoliday.class);
		due.getHolidays().forEach(h -> holidays.add(OptionalHoliday.valueOf(h.getName())));
		return new DueOptions(rounding, due.isRoll(), holidays);
	}

	/**
	 * A rule's applicability condition as a predicate over the case's facts, read as the
	 * questionnaire reads conditions ({@link InterpretedConcept#predicate}).
	 */
	public static Predicate<CaseFacts> applies(Condition c) {
		for (EObject part : (Iterable<EObject>) () -> EcoreUtil.getAllContents(List.of(c))) {
			if (part instanceof AnswerCondition a) {
				throw new IllegalArgumentException("A rule's condition is about the case, not about answers: "
						+ Conditions.toText(a));
			}
		}
		Predicate<Answers> condition = InterpretedConcept.predicate(c);
		return facts -> condition.test(Answers.of(facts));
	}

	/** The engine's view of a case of the review model. */
	public static CaseFacts facts(Case c) {
		List<CaseFacts.Event> events = new ArrayList<>(c.getEvents().size());
		for (CaseEvent e : c.getEvents()) {
			events.add(new CaseFacts.Event(e.getName(), e.getDate(), e.getTime(), e.getValue()));
		}
		return new CaseFacts(c.getId(), c.getUnit(), c.getCaseworker(), c.getBirthDate(), Set.copyOf(c.getFlags()),
				events);
	}
}
