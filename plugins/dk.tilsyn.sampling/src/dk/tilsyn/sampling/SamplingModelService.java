package dk.tilsyn.sampling;

/**
 * A sampling model the concept language cannot express, registered as an OSGi service
 * (declarative services) and named in the concept with {@code tjeneste "name"}. The engine
 * hands it the request; the audit record names the service and its version, whatever the
 * service itself writes there.
 */
public interface SamplingModelService {

	/** The name the concept uses in {@code tjeneste "..."}. */
	String name();

	/** The service's version, recorded in the audit record. */
	String version();

	/**
	 * Draws every level. The building blocks ({@link Frame}, {@link StratifiedDraw},
	 * {@link Sampler#drawLevels}) are there to be reused.
	 */
	Sample draw(ModelSpec model, DrawRequest request);
}
