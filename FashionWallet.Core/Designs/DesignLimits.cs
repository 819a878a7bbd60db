namespace FashionWallet.Designs;

/// <summary>How big a design may grow, so one document stays quick to load, edit and send to everyone viewing it.</summary>
public static class DesignLimits
{
    public const int MaxLayers = 50;
    public const int MaxDocumentBytes = 256 * 1024;
    public const int MaxPrints = 50;
    public const int MaxElements = 200;
    public const int MaxColourways = 20;
    public const int MaxPanels = 24;
    public const int MaxLayerProperties = 32;
    public const int MaxPropertyValueLength = 2000;
    public const int MaxNameLength = 80;
    public const int MaxIdLength = 64;
    public const int MaxOperationsPerRequest = 100;
    public const int MaxElementCount = 100;
}
