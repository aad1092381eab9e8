package dk.tilsyn.sampling;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The custom sampling models registered in the running application. */
public final class SamplingModelServices {
	private SamplingModelServices() {
	}

	public static List<SamplingModelService> all() {
		Bundle bundle = FrameworkUtil.getBundle(SamplingModelServices.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context == null) {
			return List.of();
		}
		List<SamplingModelService> services = new ArrayList<>();
		try {
			for (ServiceReference<SamplingModelService> reference : context
					.getServiceReferences(SamplingModelService.class, null)) {
				SamplingModelService service = context.getService(reference);
				if (service != null) {
					services.add(service);
				}
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e); // no filter is given
		}
		return services;
	}

	public static Optional<SamplingModelService> byName(String name) {
		return all().stream().filter(s -> s.name().equals(name)).findFirst();
	}
}
