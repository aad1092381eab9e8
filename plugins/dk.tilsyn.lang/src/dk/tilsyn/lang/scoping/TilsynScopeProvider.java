package dk.tilsyn.lang.scoping;

/**
 * The default scoping is what a concept needs: with plain ids (SimpleNameProvider) the local
 * scope offers every question, stage, event and rule of the file by its id, and imports
 * ("importer") add the libraries' declarations. It is a hashed index, so linking stays linear
 * in the size of the concept (a scope built per reference would make it quadratic).
 */
public class TilsynScopeProvider extends AbstractTilsynScopeProvider {
}
