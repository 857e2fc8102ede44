"""A signal's knelpunt: `Signal.knelpunt`, `SignalEvent.knelpunt` and `.knelpunt_message` (were `bottleneck…`)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("intake", "0004_signalevent_bottleneck_message"),
        ("casework", "0009_knelpunt"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="signal",
            name="intake_sign_municip_731a22_idx",
        ),
        migrations.RenameField("signal", "bottleneck", "knelpunt"),
        migrations.RenameField("signalevent", "bottleneck", "knelpunt"),
        migrations.RenameField("signalevent", "bottleneck_message", "knelpunt_message"),
    ]
