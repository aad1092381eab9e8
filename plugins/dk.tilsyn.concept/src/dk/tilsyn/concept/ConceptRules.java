package dk.tilsyn.concept;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

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
import dk.tilsyn.model.concept.AgeCondition;
import dk.tilsyn.model.concept.And;
import dk.tilsyn.model.concept.AnswerCondition;
import dk.tilsyn.model.concept.Before;
import dk.tilsyn.model.concept.Comparison;
import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.model.concept.Condition;
import dk.tilsyn.model.concept.Deadline;
import dk.tilsyn.model.concept.EventCondition;
import dk.tilsyn.model.concept.FlagCondition;
import dk.tilsyn.model.concept.Frequency;
import dk.tilsyn.model.concept.Import;
import dk.tilsyn.model.concept.Not;
import dk.tilsyn.model.concept.NumberLiteral;
import dk.tilsyn.model.concept.Or;
import dk.tilsyn.model.concept.Recurring;
import dk.tilsyn.model.concept.RuleDefinition;
import dk.tilsyn.model.concept.SectionRef;
import dk.tilsyn.model.concept.TextLiteral;
import dk.tilsyn.model.concept.Value;
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
		for (Concept c : withImports(concept)) {
			for (dk.tilsyn.model.concept.Rule rule : c.getRules()) {
				rules.add(translate(rule));
			}
		}
		return rules;
	}

	/**
	 * The concept and the libraries it imports: in a compiled concept they are further roots of its
	 * XMI; from source they are the resources its imports name.
	 */
	public static Set<Concept> withImports(Concept concept) {
		Set<Concept> concepts = new LinkedHashSet<>();
		collect(concept, concepts);
		return concepts;
	}

	private static void collect(Concept concept, Set<Concept> concepts) {
		if (!concepts.add(concept)) {
			return;
		}
		Resource resource = concept.eResource();
		if (resource == null) {
			return;
		}
		for (EObject root : resource.getContents()) {
			if (root instanceof Concept c && concept == resource.getContents().get(0)) {
				collect(c, concepts);
			}
		}
		if (resource.getResourceSet() != null) {
			for (Import imported : concept.getImports()) {
				URI uri = URI.createURI(imported.getImportURI());
				if (uri.isRelative() && resource.getURI() != null) {
					uri = uri.resolve(resource.getURI());
				}
				Resource library = resource.getResourceSet().getResource(uri, false);
				if (library != null) {
					for (EObject root : library.getContents()) {
						if (root instanceof Concept c) {
							collect(c, concepts);
						}
					}
				}
			}
		}
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

	/** A rule's applicability condition as a predicate over the case's facts. */
	public static Predicate<CaseFacts> applies(Condition c) {
		if (c instanceof Or or) {
			return applies(or.getLeft()).or(applies(or.getRight()));
		}
		if (c instanceof And and) {
			return applies(and.getLeft()).and(applies(and.getRight()));
		}
		if (c instanceof Not not) {
			return applies(not.getOperand()).negate();
		}
		if (c instanceof AgeCondition a) {
			Comparison op = a.getOp();
			int years = a.getYears();
			return facts -> facts.age() >= 0 && holds(op, Integer.compare(facts.age(), years));
		}
		if (c instanceof FlagCondition f) {
			String flag = f.getFlag().getName();
			return facts -> facts.flag(flag);
		}
		if (c instanceof EventCondition e) {
			String event = e.getEvent().getName();
			if (e.getBefore() != null) {
				String other = e.getBefore().getName();
				return facts -> facts.eventBefore(event, other);
			}
			if (e.getValue() != null) {
				Comparison op = e.getOp();
				String value = text(e.getValue());
				return facts -> op == Comparison.EQ ? facts.eventValue(event, true, value)
						: op == Comparison.NE && facts.eventValue(event, false, value);
			}
			return facts -> facts.event(event);
		}
		if (c instanceof AnswerCondition a) {
			throw new IllegalArgumentException("A rule's condition is about the case, not about answers: "
					+ Conditions.toText(a));
		}
		throw new IllegalArgumentException("Unknown condition " + c);
	}

	private static String text(Value value) {
		if (value instanceof TextLiteral t) {
			return t.getText();
		}
		if (value instanceof NumberLiteral n) {
			return Integer.toString(n.getNumber());
		}
		return Conditions.value(value);
	}

	static boolean holds(Comparison op, int order) {
		return switch (op) {
		case EQ -> order == 0;
		case NE -> order != 0;
		case LT -> order < 0;
		case LE -> order <= 0;
		case GT -> order > 0;
		case GE -> order >= 0;
		};
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
