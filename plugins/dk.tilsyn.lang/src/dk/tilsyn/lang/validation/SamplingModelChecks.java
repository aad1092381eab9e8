package dk.tilsyn.lang.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import dk.tilsyn.model.concept.Draw;
import dk.tilsyn.model.concept.Level;
import dk.tilsyn.model.concept.LevelFrame;
import dk.tilsyn.model.concept.Quota;
import dk.tilsyn.model.concept.SamplingModel;
import dk.tilsyn.model.concept.Stratification;
import dk.tilsyn.model.concept.SubQuota;
import dk.tilsyn.model.concept.ConceptPackage;

/**
 * A sampling model draws something, its levels are the four review levels, each drawing from an
 * earlier one no more than it has, and quotas fit in their draws. Part of {@link TilsynValidator}.
 */
public class SamplingModelChecks extends AbstractDeclarativeValidator {
	private static final ConceptPackage P = ConceptPackage.eINSTANCE;

	/** Run by {@link TilsynValidator}, not registered on its own (else every issue came twice). */
	@Override
	public void register(EValidatorRegistrar registrar) {
	}

	/** A level cannot draw more than the level below it has when that level's size is fixed. */
	@Check
	public void checkLevelSizes(SamplingModel model) {
		Map<Integer, Long> fixedSize = new HashMap<>();
		for (Level level : model.getLevels()) {
			Long total = fixedTotal(level);
			if (total != null) {
				fixedSize.put(level.getNumber(), total);
			}
		}
		for (Level level : model.getLevels()) {
			if (level.getFrame() instanceof LevelFrame frame) {
				Long available = fixedSize.get(frame.getLevel());
				Long wanted = fixedTotal(level);
				if (available != null && wanted != null && wanted > available) {
					error(NLS.bind(Messages.levelExceedsFrame,
							new Object[] { level.getNumber(), wanted, frame.getLevel(), available }), level,
							P.getLevel_Number(), IssueCodes.LEVEL_EXCEEDS_FRAME);
				}
			}
		}
	}

	/** The number of cases a level draws when it is a plain number (not per unit, caseworker, ...). */
	private static Long fixedTotal(Level level) {
		if (level.getDraws().isEmpty()) {
			return null;
		}
		long total = 0;
		for (Draw draw : level.getDraws()) {
			if (draw.getStratum() != null && draw.getStratum() != Stratification.ALL) {
				return null;
			}
			if (draw.isPeriodic()) {
				return null;
			}
			total += draw.getMax() > 0 ? draw.getMax() : draw.getCount();
		}
		return total;
	}

	@Check
	public void checkSubQuotas(Quota quota) {
		long sum = quota.getSubQuotas().stream().mapToLong(SubQuota::getCount).sum();
		if (sum > quota.getCount()) {
			error(NLS.bind(Messages.subQuotaExceedsQuota, sum, quota.getCount()), quota, P.getQuota_Count(),
					IssueCodes.SUBQUOTA_EXCEEDS_QUOTA);
		}
	}

	@Check
	public void checkDrawRange(Draw draw) {
		if (draw.getMax() > 0 && draw.getMax() < draw.getCount()) {
			error(NLS.bind(Messages.drawRangeReversed, draw.getCount(), draw.getMax()), draw, P.getDraw_Max(),
					IssueCodes.DRAW_RANGE_REVERSED);
		}
	}

	@Check
	public void checkQuotasWithinDraw(Draw draw) {
		if (draw.getQuotas().isEmpty()) {
			return;
		}
		long sum = draw.getQuotas().stream().mapToLong(Quota::getCount).sum();
		long drawn = draw.getMax() > 0 ? draw.getMax() : draw.getCount();
		if (sum > drawn) {
			error(NLS.bind(Messages.quotasExceedDraw, sum, drawn), draw, P.getDraw_Count(),
					IssueCodes.QUOTAS_EXCEED_DRAW);
		}
	}

	@Check
	public void checkUniqueLevelNumbers(SamplingModel model) {
		Set<Integer> seen = new HashSet<>();
		for (Level level : model.getLevels()) {
			if (!seen.add(level.getNumber())) {
				error(NLS.bind(Messages.duplicateLevel, level.getNumber(), model.getName()), level, P.getLevel_Number(),
						IssueCodes.DUPLICATE_LEVEL);
			}
		}
	}

	/** The review levels are the four of the municipality's hierarchy (docs/SAMPLING.md). */
	@Check
	public void checkLevelNumberRange(Level level) {
		if (level.getNumber() < 1 || level.getNumber() > 4) {
			error(NLS.bind(Messages.levelOutOfRange, level.getNumber()), level, P.getLevel_Number(),
					IssueCodes.LEVEL_OUT_OF_RANGE);
		}
	}

	@Check
	public void checkFrameLevelExists(LevelFrame frame) {
		Level level = EcoreUtil2.getContainerOfType(frame, Level.class);
		SamplingModel model = EcoreUtil2.getContainerOfType(frame, SamplingModel.class);
		if (level != null && model != null
				&& model.getLevels().stream().noneMatch(l -> l.getNumber() == frame.getLevel())) {
			error(NLS.bind(Messages.frameLevelMissing, new Object[] { level.getNumber(), frame.getLevel(),
					model.getName() }), frame, P.getLevelFrame_Level(), IssueCodes.FRAME_LEVEL_MISSING);
		}
	}

	/** A level reviews cases the level below it drew: its frame is an earlier level. */
	@Check
	public void checkFrameLevelIsEarlier(LevelFrame frame) {
		Level level = EcoreUtil2.getContainerOfType(frame, Level.class);
		SamplingModel model = EcoreUtil2.getContainerOfType(frame, SamplingModel.class);
		if (level != null && model != null && frame.getLevel() >= level.getNumber()
				&& model.getLevels().stream().anyMatch(l -> l.getNumber() == frame.getLevel())) {
			error(NLS.bind(Messages.frameLevelNotEarlier, level.getNumber(), frame.getLevel()), frame,
					P.getLevelFrame_Level(), IssueCodes.FRAME_LEVEL_NOT_EARLIER);
		}
	}

	@Check
	public void checkModelDrawsSomething(SamplingModel model) {
		if (model.getLevels().isEmpty() && model.getSelection() == null && model.getService() == null) {
			error(NLS.bind(Messages.modelWithoutLevels, model.getName()), model, P.getSamplingModel_Name(),
					IssueCodes.MODEL_WITHOUT_LEVELS);
		}
	}
}
