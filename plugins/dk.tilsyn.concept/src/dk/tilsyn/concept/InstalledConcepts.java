package dk.tilsyn.concept;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Every concept installed in the running application, sorted by id. The concept services are
 * followed by one {@link ServiceTracker}, which gets each service once and releases it when the
 * concept plugin goes away.
 */
public final class InstalledConcepts {
	private static ServiceTracker<InstalledConcept, InstalledConcept> tracker;
	private static BundleContext trackedIn;

	private InstalledConcepts() {
	}

	public static List<InstalledConcept> all() {
		ServiceTracker<InstalledConcept, InstalledConcept> concepts = tracker();
		if (concepts == null) {
			return List.of();
		}
		InstalledConcept[] found = concepts.getServices(new InstalledConcept[0]);
		return found == null ? List.of()
				: Arrays.stream(found).sorted(Comparator.comparing(InstalledConcept::id)).toList();
	}

	public static Optional<InstalledConcept> byId(String id) {
		return all().stream().filter(c -> c.id().equals(id)).findFirst();
	}

	/**
	 * The tracker of this bundle's current start, opened on first use; none outside OSGi. A
	 * restarted bundle has a new context, and the old tracker, whose listener the framework
	 * removed with the old context, is replaced.
	 */
	private static synchronized ServiceTracker<InstalledConcept, InstalledConcept> tracker() {
		Bundle bundle = FrameworkUtil.getBundle(InstalledConcepts.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context == null) {
			return null;
		}
		if (tracker == null || trackedIn != context) {
			tracker = new ServiceTracker<>(context, InstalledConcept.class, null);
			tracker.open();
			trackedIn = context;
		}
		return tracker;
	}
}
