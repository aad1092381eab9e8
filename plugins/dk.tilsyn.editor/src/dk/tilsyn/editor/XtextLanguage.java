package dk.tilsyn.editor;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.xtext.ISetup;

import com.google.inject.Injector;

/**
 * One Xtext language as the editor sees it: the file extensions it owns, the injector of its
 * IDE setup (the same services its language server uses), its highlighting styles and its
 * templates. Languages contribute themselves through the extension point
 * {@code dk.tilsyn.editor.languages}; {@link #of} makes one without the platform (benchmarks).
 */
public final class XtextLanguage {
	private final String name;
	private final String contentTypeId;
	private final Set<String> fileExtensions;
	private final Supplier<ISetup> setup;
	private final Map<String, HighlightStyle> styles = new LinkedHashMap<>();
	private final URL templates;
	private Injector injector;

	public XtextLanguage(String name, String contentTypeId, Set<String> fileExtensions, Supplier<ISetup> setup,
			List<HighlightStyle> styles, URL templates) {
		this.name = name;
		this.contentTypeId = contentTypeId;
		this.fileExtensions = Set.copyOf(fileExtensions);
		this.setup = setup;
		HighlightStyle.DEFAULTS.forEach(s -> this.styles.put(s.id(), s));
		styles.forEach(s -> this.styles.put(s.id(), s));
		this.templates = templates;
	}

	/** A language without the platform: no content type, default styles, no templates. */
	public static XtextLanguage of(String name, ISetup setup, String... fileExtensions) {
		return new XtextLanguage(name, null, Set.of(fileExtensions), () -> setup, List.of(), null);
	}

	public String name() {
		return name;
	}

	/** The content type the generic editor binds this language's contributions to, or null. */
	public String contentTypeId() {
		return contentTypeId;
	}

	public Set<String> fileExtensions() {
		return fileExtensions;
	}

	public boolean owns(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot >= 0 && fileExtensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	/** The injector of the language's IDE setup, created (and registered with EMF) on first use. */
	public synchronized Injector injector() {
		if (injector == null) {
			injector = setup.get().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	public <T> T get(Class<T> type) {
		return injector().getInstance(type);
	}

	/** Whether a name can be written as an id of the language as it is: no keyword, no escaping. */
	public boolean isId(String name) {
		try {
			return name != null && !name.isEmpty()
					&& name.equals(get(org.eclipse.xtext.conversion.IValueConverterService.class).toString(name, "ID"));
		} catch (org.eclipse.xtext.conversion.ValueConverterException e) {
			return false;
		}
	}

	public HighlightStyle style(String id) {
		return styles.get(id);
	}

	/** A jface templates file ({@code <templates><template name=...>}), or null. */
	public URL templates() {
		return templates;
	}

	@Override
	public String toString() {
		return name;
	}
}
