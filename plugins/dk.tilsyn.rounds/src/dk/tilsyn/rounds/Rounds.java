package dk.tilsyn.rounds;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import dk.tilsyn.model.Case;
import dk.tilsyn.model.Round;
import dk.tilsyn.sampling.Sample;
import dk.tilsyn.sampling.concept.ConceptSampling;
import dk.tilsyn.store.ReviewStore;

/**
 * The rounds of a store: a round is drawn from a case population with one of the concept's
 * sampling models and kept in the store with its seed (so that it can be drawn again) and, per
 * level, its sample and audit record. The command line's {@code sample --store} draws its rounds
 * through here; the review application is to do the same when it draws rounds.
 */
public final class Rounds {
	private final ReviewStore store;

	public Rounds(ReviewStore store) {
		this.store = store;
	}

	/**
	 * Draws a round; the store is not touched.
	 *
	 * @throws dk.tilsyn.sampling.SamplingException when the model cannot draw (no such model,
	 *                                              a custom model that is not installed, ...)
	 */
	public static Sample draw(RoundRequest request, List<Case> population) {
		boolean seedGenerated = request.seed() == null;
		String seed = seedGenerated ? newSeed() : request.seed();
		return ConceptSampling.draw(request.concept(), request.model(), request.round(), request.from(), request.to(),
				seed, seedGenerated, population);
	}

	/**
	 * Keeps a drawn round: the round with its seed, then every level's sample with the audit
	 * record. A round that is already there is refused by the store.
	 */
	public void keep(Sample sample) {
		Round round = sample.toRound();
		List<dk.tilsyn.model.Sample> levels = new ArrayList<>(round.getSamples());
		round.getSamples().clear();
		store.createRound(round);
		String audit = sample.audit().toJson();
		for (dk.tilsyn.model.Sample level : levels) {
			level.setAudit(audit);
			store.saveSample(round.getId(), level);
		}
	}

	/** Draws a round and keeps it. */
	public Sample drawAndKeep(RoundRequest request, List<Case> population) {
		Sample sample = draw(request, population);
		keep(sample);
		return sample;
	}

	/** A seed nobody chose: 128 random bits as hex. */
	static String newSeed() {
		byte[] random = new byte[16];
		new SecureRandom().nextBytes(random);
		return HexFormat.of().formatHex(random);
	}
}
