namespace Arbeidsplan.Domain.Meetings;

/// <summary>What a standing invitee may do in the body's meetings besides being there and reading the papers.</summary>
public enum InviteeRight
{
    /// <summary>Talerett: may speak.</summary>
    Speak = 1,

    /// <summary>Tale- og forslagsrett: may speak and make proposals.</summary>
    SpeakAndPropose = 2,
}
