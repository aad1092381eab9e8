package dk.tilsyn.sampling.internal;

import java.util.List;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

import dk.tilsyn.sampling.SamplingModelService;

/**
 * While the sampling bundle runs, it tracks the custom sampling models registered as services:
 * each is got once while it is registered and released when it goes or the bundle stops.
 */
public final class SamplingActivator implements BundleActivator {
	private static volatile ServiceTracker<SamplingModelService, SamplingModelService> models;

	@Override
	public void start(BundleContext context) {
		ServiceTracker<SamplingModelService, SamplingModelService> tracker = new ServiceTracker<>(context,
				SamplingModelService.class, null);
		tracker.open();
		models = tracker;
	}

	@Override
	public void stop(BundleContext context) {
		ServiceTracker<SamplingModelService, SamplingModelService> tracker = models;
		models = null;
		if (tracker != null) {
			tracker.close();
		}
	}

	/** The registered models, the highest service ranking first; none when the bundle is not running. */
	public static List<SamplingModelService> models() {
		ServiceTracker<SamplingModelService, SamplingModelService> tracker = models;
		return tracker == null ? List.of() : List.copyOf(tracker.getTracked().values());
	}
}
