package dk.tilsyn.sampling.concept.tests;

import java.util.ArrayList;
import java.util.List;

import dk.tilsyn.sampling.AuditRecord;
import dk.tilsyn.sampling.DrawRequest;
import dk.tilsyn.sampling.Frame;
import dk.tilsyn.sampling.LevelRecord;
import dk.tilsyn.sampling.LevelSample;
import dk.tilsyn.sampling.ModelSpec;
import dk.tilsyn.sampling.Pick;
import dk.tilsyn.sampling.Sample;
import dk.tilsyn.sampling.SamplingModelService;
import dk.tilsyn.sampling.Stratum;
import dk.tilsyn.sampling.Unit;

/** A systematic sample, which the DSL cannot express: every tenth unit of the canonical frame. */
public class EveryTenthModel implements SamplingModelService {

	@Override
	public String name() {
		return "hver-tiende";
	}

	@Override
	public String version() {
		return "0.1";
	}

	@Override
	public Sample draw(ModelSpec model, DrawRequest request) {
		Frame frame = request.frame();
		List<Pick> picks = new ArrayList<>();
		for (int i = 0; i < frame.size(); i += 10) {
			Unit unit = frame.units().get(i);
			picks.add(new Pick(unit, "*", Integer.toString(i)));
		}
		LevelRecord level = new LevelRecord(1, "population", frame.hash(), frame.size(),
				List.of(new Stratum("*", frame.size(), picks.size(), picks.size(), null)), picks.size());
		// the engine replaces who-drew-it; a service cannot pass itself off as another model
		AuditRecord audit = new AuditRecord("not me", null, null, "not me", null, null, null, "every tenth/1",
				request.round(), request.from(), request.to(), request.seed(), false, frame.hash(), frame.size(),
				List.of(), List.of(level));
		return new Sample(audit, List.of(new LevelSample(1, picks)));
	}
}
