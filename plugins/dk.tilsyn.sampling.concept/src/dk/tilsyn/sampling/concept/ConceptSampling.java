package dk.tilsyn.sampling.concept;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.osgi.util.NLS;

import dk.tilsyn.concept.Answers;
import dk.tilsyn.concept.ConceptRules;
import dk.tilsyn.concept.ConceptWithImports;
import dk.tilsyn.concept.InterpretedConcept;
import dk.tilsyn.model.concept.Cadence;
import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.model.concept.Condition;
import dk.tilsyn.model.concept.DecisionTypeCount;
import dk.tilsyn.model.concept.Draw;
import dk.tilsyn.model.concept.Duration;
import dk.tilsyn.model.concept.Event;
import dk.tilsyn.model.concept.Level;
import dk.tilsyn.model.concept.LevelFrame;
import dk.tilsyn.model.concept.PopulationFrame;
import dk.tilsyn.model.concept.Quota;
import dk.tilsyn.model.concept.RuleBasedSelection;
import dk.tilsyn.model.concept.SamplingModel;
import dk.tilsyn.model.concept.Stage;
import dk.tilsyn.model.concept.SubQuota;
import dk.tilsyn.model.concept.ConceptPackage.Literals;
import dk.tilsyn.model.Case;
import dk.tilsyn.sampling.DrawRequest;
import dk.tilsyn.sampling.ModelSpec;
import dk.tilsyn.sampling.Sample;
import dk.tilsyn.sampling.Sampler;
import dk.tilsyn.sampling.SamplingException;
import dk.tilsyn.sampling.StageDefinition;

/**
 * Interprets the concept's {@code stikprøvemodel} declarations: maps them onto the sampling
 * API ({@link ModelSpec}) and the concept's stages onto {@link StageDefinition}s, whose
 * conditions are evaluated over the case's facts by {@link Answers}.
 */
public final class ConceptSampling {
	private ConceptSampling() {
	}

	/** Draws the named model of a concept. */
	public static Sample draw(Concept concept, String modelName, String round, LocalDate from, LocalDate to,
			String seed, boolean seedGenerated, List<Case> population) {
		SamplingModel model = model(concept, modelName).orElseThrow(() -> new SamplingException(
				NLS.bind(Messages.noSuchModel, new Object[] { concept.getName(), modelName, modelNames(concept) })));
		DrawRequest request = new DrawRequest(concept.getName(), concept.getVersion(), round, from, to, seed,
				seedGenerated, population, stages(concept));
		return Sampler.draw(spec(model, concept.getVersion()), request);
	}

	public static Optional<SamplingModel> model(Concept concept, String name) {
		return concept.getModels().stream().filter(m -> m.getName().equals(name)).findFirst();
	}

	public static List<String> modelNames(Concept concept) {
		return concept.getModels().stream().map(SamplingModel::getName).toList();
	}

	/** The names of the events the concept and its libraries declare. */
	public static List<String> eventNames(Concept concept) {
		return ConceptWithImports.events(concept).stream().map(Event::getName).distinct().toList();
	}

	/** The stages with a completing event; a stage without one is never drawn. */
	public static List<StageDefinition> stages(Concept concept) {
		List<StageDefinition> stages = new ArrayList<>();
		for (Stage stage : concept.getStages()) {
			if (stage.getCompletedBy() != null) {
				Condition when = stage.getCompletedWhen();
				stages.add(new StageDefinition(stage.getName(), stage.getCompletedBy().getName(),
						when == null ? null : completedWhen(when)));
			}
		}
		return stages;
	}

	/** The model as data; {@code version} is the concept's version, which versions its models. */
	public static ModelSpec spec(SamplingModel model, String version) {
		List<ModelSpec.Level> levels = new ArrayList<>();
		for (Level level : model.getLevels()) {
			ModelSpec.FrameSource source;
			int frameLevel = 0;
			if (level.getFrame() instanceof PopulationFrame) {
				source = ModelSpec.FrameSource.POPULATION;
			} else if (level.getFrame() instanceof LevelFrame lf) {
				source = ModelSpec.FrameSource.LEVEL;
				frameLevel = lf.getLevel();
			} else {
				source = ModelSpec.FrameSource.SAME_SAMPLE;
			}
			List<ModelSpec.Draw> draws = new ArrayList<>();
			for (Draw draw : level.getDraws()) {
				draws.add(draw(draw));
			}
			levels.add(new ModelSpec.Level(level.getNumber(), level.getTitle(), source, frameLevel, draws));
		}
		return new ModelSpec(model.getName(), model.getTitle(), version, cadence(model.getCadence()),
				model.isSimultaneous(), model.getService(), levels,
				model.getSelection() == null ? null : rule(model, model.getSelection()));
	}

	private static ModelSpec.Draw draw(Draw draw) {
		ModelSpec.Stratification stratification = !draw.eIsSet(Literals.DRAW__STRATUM) ? ModelSpec.Stratification.ALL
				: switch (draw.getStratum()) {
				case ALL -> ModelSpec.Stratification.ALL;
				case CASEWORKER -> ModelSpec.Stratification.CASEWORKER;
				case UNIT -> ModelSpec.Stratification.UNIT;
				};
		ModelSpec.PeriodUnit per = draw.isPeriodic() ? period(draw.getPeriod()) : null;
		List<ModelSpec.Quota> quotas = new ArrayList<>();
		for (Quota quota : draw.getQuotas()) {
			List<ModelSpec.SubQuota> subs = new ArrayList<>();
			for (SubQuota sub : quota.getSubQuotas()) {
				subs.add(new ModelSpec.SubQuota(sub.getFlag().getName(), sub.getCount()));
			}
			quotas.add(new ModelSpec.Quota(quota.getStages().stream().map(Stage::getName).toList(), quota.getCount(),
					subs, quota.getFillFrom() == null ? null : quota.getFillFrom().getName()));
		}
		return new ModelSpec.Draw(draw.getCount(), draw.eIsSet(Literals.DRAW__MAX) ? draw.getMax() : null,
				stratification, per, draw.getUnit(), quotas);
	}

	private static ModelSpec.PeriodUnit period(dk.tilsyn.model.concept.Period period) {
		return switch (period) {
		case MONTH -> ModelSpec.PeriodUnit.MONTH;
		case QUARTER -> ModelSpec.PeriodUnit.QUARTER;
		case HALF_YEAR -> ModelSpec.PeriodUnit.HALF_YEAR;
		case YEAR -> ModelSpec.PeriodUnit.YEAR;
		};
	}

	private static String cadence(Cadence cadence) {
		if (cadence == null) {
			return null;
		}
		return cadence.eIsSet(Literals.CADENCE__TIMES_PER_YEAR) ? cadence.getTimesPerYear() + "/year"
				: cadence.getPeriod().getLiteral();
	}

	private static ModelSpec.DecisionRule rule(SamplingModel model, RuleBasedSelection s) {
		Period within = s.getWithin() == null ? null : period(model, s.getWithin());
		List<ModelSpec.DecisionType> types = new ArrayList<>();
		for (DecisionTypeCount type : s.getTypes()) {
			types.add(new ModelSpec.DecisionType(type.getValue().trim(), type.getCount()));
		}
		boolean ages = s.eIsSet(Literals.RULE_BASED_SELECTION__MIN_AGE) || s.eIsSet(Literals.RULE_BASED_SELECTION__MAX_AGE);
		return new ModelSpec.DecisionRule(date(model, s.getCutoff()), s.getDecision().getName(), within, types,
				s.getResponsibleSince() == null ? null : date(model, s.getResponsibleSince()),
				s.getExcluded().stream().map(f -> f.getName()).toList(), ages ? s.getMinAge() : null,
				ages ? s.getMaxAge() : null, s.isEldestSiblingOnly());
	}

	private static LocalDate date(SamplingModel model, String text) {
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			throw new SamplingException(NLS.bind(Messages.badDate, model.getName(), text));
		}
	}

	private static Period period(SamplingModel model, Duration d) {
		return switch (d.getUnit()) {
		case DAYS -> Period.ofDays(d.getAmount());
		case WEEKS -> Period.ofWeeks(d.getAmount());
		case MONTHS -> Period.ofMonths(d.getAmount());
		case YEARS -> Period.ofYears(d.getAmount());
		default -> throw new SamplingException(NLS.bind(Messages.badWindow, model.getName(), d.getUnit().getLiteral()));
		};
	}

	/**
	 * A stage's condition over the case's facts, as the review application evaluates conditions
	 * (one interpreter for both); conditions on answers do not hold (no review yet).
	 */
	public static boolean holds(Condition condition, Case theCase) {
		return completedWhen(condition).test(theCase);
	}

	private static Predicate<Case> completedWhen(Condition condition) {
		Predicate<Answers> holds = InterpretedConcept.predicate(condition);
		return c -> holds.test(Answers.of(ConceptRules.facts(c)));
	}
}
