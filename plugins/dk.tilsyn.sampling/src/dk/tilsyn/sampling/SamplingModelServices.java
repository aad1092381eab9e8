package dk.tilsyn.sampling;

import java.util.List;
import java.util.Optional;

import dk.tilsyn.sampling.internal.SamplingActivator;

/** The custom sampling models registered in the running application (none outside OSGi). */
public final class SamplingModelServices {
	private SamplingModelServices() {
	}

	/** Every registered model, the highest service ranking first. */
	public static List<SamplingModelService> all() {
		return SamplingActivator.models();
	}

	/** The model a concept names in {@code tjeneste "name"}; with several of that name, the highest ranked. */
	public static Optional<SamplingModelService> byName(String name) {
		return all().stream().filter(s -> s.name().equals(name)).findFirst();
	}
}
