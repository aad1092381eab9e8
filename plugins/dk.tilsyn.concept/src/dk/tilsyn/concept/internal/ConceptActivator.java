package dk.tilsyn.concept.internal;

import java.util.List;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

import dk.tilsyn.concept.InstalledConcept;

/**
 * While the concept runtime runs, it tracks the installed concepts (each concept plugin registers
 * one {@link InstalledConcept} service): each is got once while it is registered and released when
 * its plugin goes or this bundle stops.
 */
public final class ConceptActivator implements BundleActivator {
	private static volatile ServiceTracker<InstalledConcept, InstalledConcept> concepts;

	@Override
	public void start(BundleContext context) {
		ServiceTracker<InstalledConcept, InstalledConcept> tracker = new ServiceTracker<>(context,
				InstalledConcept.class, null);
		tracker.open();
		concepts = tracker;
	}

	@Override
	public void stop(BundleContext context) {
		ServiceTracker<InstalledConcept, InstalledConcept> tracker = concepts;
		concepts = null;
		if (tracker != null) {
			tracker.close();
		}
	}

	/** The installed concepts in no particular order; none when the bundle is not running. */
	public static List<InstalledConcept> concepts() {
		ServiceTracker<InstalledConcept, InstalledConcept> tracker = concepts;
		return tracker == null ? List.of() : List.copyOf(tracker.getTracked().values());
	}
}
