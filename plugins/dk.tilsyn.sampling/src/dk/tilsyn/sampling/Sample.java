package dk.tilsyn.sampling;

import java.util.List;

import dk.tilsyn.model.ReviewFactory;
import dk.tilsyn.model.Round;
import dk.tilsyn.model.SampledUnit;
import dk.tilsyn.model.csv.CsvTable;
import dk.tilsyn.model.json.JsonOutput;

/** The sample of every level of a draw, with its audit record. */
public record Sample(AuditRecord audit, List<LevelSample> levels) {
	public Sample {
		levels = List.copyOf(levels);
	}

	public LevelSample level(int number) {
		return levels.stream().filter(l -> l.level() == number).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no level " + number));
	}

	/**
	 * The round and its samples as the review store keeps them ({@code ReviewStore.createRound}
	 * and {@code saveSample}): id, concept, model, period and the seed, so that the sample can
	 * be drawn again; one {@code Sample} per level with its units, strata and ranks.
	 */
	public Round toRound() {
		Round round = ReviewFactory.eINSTANCE.createRound();
		round.setId(audit.round());
		round.setConceptId(audit.conceptId());
		round.setConceptVersion(audit.conceptVersion());
		round.setSamplingModel(audit.model());
		round.setPeriodFrom(audit.from());
		round.setPeriodTo(audit.to());
		round.setSeed(audit.seed());
		for (LevelSample level : levels) {
			dk.tilsyn.model.Sample sample = ReviewFactory.eINSTANCE.createSample();
			sample.setLevel(level.level());
			for (Pick pick : level.picks()) {
				SampledUnit unit = ReviewFactory.eINSTANCE.createSampledUnit();
				unit.setCaseId(pick.unit().caseId());
				unit.setStage(pick.unit().stage());
				unit.setStratum(pick.stratum());
				unit.setRank(pick.rank());
				sample.getUnits().add(unit);
			}
			round.getSamples().add(sample);
		}
		return round;
	}

	/**
	 * One row per unit and level: {@code level,stratum,case_id,stage,rank}, with a header. Case
	 * ids and strata come from imported data: a spreadsheet shows them as text ({@link CsvTable#text}).
	 */
	public String toCsv() {
		StringBuilder csv = new StringBuilder();
		CsvTable table = CsvTable.withHeader(csv, "level", "stratum", "case_id", "stage", "rank");
		for (LevelSample level : levels) {
			for (Pick pick : level.picks()) {
				table.value(level.level()).text(pick.stratum()).text(pick.unit().caseId()).text(pick.unit().stage())
						.value(pick.rank()).endRow();
			}
		}
		return csv.toString();
	}

	/** The same rows as a JSON array of objects. */
	public String toJson() {
		return JsonOutput.pretty(json -> {
			json.writeStartArray();
			for (LevelSample level : levels) {
				for (Pick pick : level.picks()) {
					json.writeStartObject();
					json.writeNumberField("level", level.level());
					json.writeStringField("stratum", pick.stratum());
					json.writeStringField("case_id", pick.unit().caseId());
					json.writeStringField("stage", pick.unit().stage());
					json.writeStringField("rank", pick.rank());
					json.writeEndObject();
				}
			}
			json.writeEndArray();
		});
	}
}
