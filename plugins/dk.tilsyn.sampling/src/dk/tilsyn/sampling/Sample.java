package dk.tilsyn.sampling;

import java.util.List;

import dk.tilsyn.sampling.internal.Json;

/** The sample of every level of a draw, with its audit record. */
public record Sample(AuditRecord audit, List<LevelSample> levels) {
	public Sample {
		levels = List.copyOf(levels);
	}

	public LevelSample level(int number) {
		return levels.stream().filter(l -> l.level() == number).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no level " + number));
	}

	/** One row per unit and level: {@code level,stratum,case_id,stage,rank}, with a header. */
	public String toCsv() {
		StringBuilder csv = new StringBuilder("level,stratum,case_id,stage,rank\n");
		for (LevelSample level : levels) {
			for (Pick pick : level.picks()) {
				csv.append(level.level()).append(',').append(csv(pick.stratum())).append(',')
						.append(csv(pick.unit().caseId())).append(',').append(csv(pick.unit().stage())).append(',')
						.append(pick.rank()).append('\n');
			}
		}
		return csv.toString();
	}

	/** The same rows as a JSON array of objects. */
	public String toJson() {
		Json json = new Json(true).beginArray();
		for (LevelSample level : levels) {
			for (Pick pick : level.picks()) {
				json.beginObject().field("level", level.level()).field("stratum", pick.stratum())
						.field("case_id", pick.unit().caseId()).field("stage", pick.unit().stage())
						.field("rank", pick.rank()).endObject();
			}
		}
		return json.endArray().toString() + "\n";
	}

	private static String csv(String field) {
		if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0) {
			return field;
		}
		return '"' + field.replace("\"", "\"\"") + '"';
	}
}
