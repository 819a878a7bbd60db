using FashionWallet.Avatars.Photos;
using FashionWallet.Imaging;

namespace FashionWallet.Tests.Avatars;

/// <summary>Every reason to refuse photos, from a photo built to show it, with a message that says what to do.</summary>
public sealed class PhotoChecksTests
{
    [Fact]
    public void A_dark_photo_is_too_dark()
    {
        var dark = new TestFigure(background: (20, 20, 22), person: (35, 30, 30)).Ellipse(270, 480, 80, 300).Photo();

        var rejection = Assert.Throws<PhotoRejectedException>(() => PhotoChecks.Lighting(dark, "front"));

        Assert.Equal((PhotoRejections.TooDark, "front"), (rejection.Code, rejection.View));
        Assert.Contains("light", rejection.Message);
        PhotoChecks.Lighting(TestFigure.Standing().Photo(), "front");
    }

    [Fact]
    public void An_empty_mask_is_no_person_and_two_large_figures_are_two_people()
    {
        var empty = new PersonMask(540, 960, new byte[540 * 960]);
        Assert.Equal(PhotoRejections.NoPerson, Assert.Throws<PhotoRejectedException>(() => PhotoChecks.People(empty, "side")).Code);

        var two = new TestFigure().Ellipse(150, 480, 60, 300).Ellipse(400, 500, 55, 280).ExactMask();
        var rejection = Assert.Throws<PhotoRejectedException>(() => PhotoChecks.People(two, "front"));
        Assert.Equal(PhotoRejections.TwoPeople, rejection.Code);
        Assert.Contains("only the person being measured", rejection.Message);

        // A small blob (a ball, a pet) is not a second person.
        PhotoChecks.People(new TestFigure().Ellipse(150, 480, 60, 300).Ellipse(450, 850, 25, 25).ExactMask(), "front");
    }

    [Fact]
    public void A_standing_figure_in_the_frame_passes_every_check()
    {
        var figure = TestFigure.Standing();
        var silhouette = new PhotoSilhouette(figure.Photo(), figure.CoarseMask());

        PhotoChecks.Framing(silhouette, figure.Landmarks, "front");
        PhotoChecks.ArmsAway(silhouette, figure.Landmarks);
    }

    [Fact]
    public void Feet_below_the_frame_are_not_visible()
    {
        var figure = TestFigure.Standing(top: 330);

        AssertRejected(PhotoRejections.FeetNotVisible, figure, "front", "feet");
    }

    [Fact]
    public void A_head_above_the_frame_is_not_visible()
    {
        var figure = TestFigure.Standing(top: -30);

        AssertRejected(PhotoRejections.HeadNotVisible, figure, "front", "head");
    }

    [Fact]
    public void A_small_figure_is_too_far()
    {
        var figure = TestFigure.Standing(top: 400, scale: 0.4);

        AssertRejected(PhotoRejections.TooFar, figure, "front", "closer");
    }

    [Fact]
    public void Shoulders_together_are_not_facing_the_camera_and_apart_are_not_sideways()
    {
        AssertRejected(PhotoRejections.NotFacingCamera, TestFigure.Standing(facing: false), "front", "face the camera");
        AssertRejected(PhotoRejections.NotSideways, TestFigure.Standing(), "side", "quarter turn");
    }

    [Fact]
    public void Arms_against_the_body_are_too_close()
    {
        var figure = TestFigure.Standing(armsAway: false);
        var silhouette = new PhotoSilhouette(figure.Photo(), figure.CoarseMask());

        var rejection = Assert.Throws<PhotoRejectedException>(() => PhotoChecks.ArmsAway(silhouette, figure.Landmarks));

        Assert.Equal(PhotoRejections.ArmsTooClose, rejection.Code);
        Assert.Contains("gap between arm and body", rejection.Message);
    }

    [Fact]
    public void Skin_tone_is_the_colour_of_the_face_and_forearms()
    {
        var figure = TestFigure.Standing();

        Assert.Equal("#3c2d5a", PhotoChecks.SkinTone(new PhotoSilhouette(figure.Photo(), figure.ExactMask()), figure.Landmarks));
    }

    private static void AssertRejected(string code, TestFigure figure, string view, string advice)
    {
        var silhouette = new PhotoSilhouette(figure.Photo(), figure.CoarseMask());
        var rejection = Assert.Throws<PhotoRejectedException>(() => PhotoChecks.Framing(silhouette, figure.Landmarks, view));
        Assert.Equal((code, view), (rejection.Code, rejection.View));
        Assert.Contains(advice, rejection.Message);
    }
}
