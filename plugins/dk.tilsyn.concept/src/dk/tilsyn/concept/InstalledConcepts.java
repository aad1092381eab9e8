package dk.tilsyn.concept;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** Every concept installed in the running application, sorted by id. */
public final class InstalledConcepts {
	private InstalledConcepts() {
	}

	public static List<InstalledConcept> all() {
		Bundle bundle = FrameworkUtil.getBundle(InstalledConcepts.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context == null) {
			return List.of();
		}
		List<InstalledConcept> concepts = new ArrayList<>();
		try {
			for (ServiceReference<InstalledConcept> reference : context.getServiceReferences(InstalledConcept.class,
					null)) {
				InstalledConcept concept = context.getService(reference);
				if (concept != null) {
					concepts.add(concept);
				}
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e); // no filter is given
		}
		concepts.sort(Comparator.comparing(InstalledConcept::id));
		return concepts;
	}

	public static Optional<InstalledConcept> byId(String id) {
		return all().stream().filter(c -> c.id().equals(id)).findFirst();
	}
}
