# Plazo's Request Tracker testbed: what rt-testbed.sh inserts once into a new
# database, after RT's own initial data (rt-setup-database --action insert).
# RT only logs a failed item here and carries on, so rt-testbed.sh checks the
# result afterwards.

# Agents get their rights through a group, as on a real help desk, so a
# fixture captured as alice shows what any staff member would see.
@Groups = (
    {
        Name        => 'Staff',
        Description => 'Support agents',
        Members     => { Users => ['alice'] },
    },
);

@Users = (
    {
        Name         => 'alice',
        Password     => 'alicepass1',
        RealName     => 'Alice Agent',
        EmailAddress => 'alice@example.com',
        Privileged   => 1,
    },
    # A customer with a password, so a ticket can be opened by its requestor
    # over REST and its history starts with a Create by an unprivileged user.
    {
        Name         => 'carol',
        Password     => 'carolpass1',
        RealName     => 'Carol Customer',
        EmailAddress => 'carol@example.com',
        Privileged   => 0,
    },
);

@Queues = (
    {
        Name              => 'Support',
        Description       => 'Customer support (SLA on)',
        CorrespondAddress => '',
        CommentAddress    => '',
        SLADisabled       => 0,
    },
    {
        Name              => 'Sales',
        Description       => 'Sales enquiries (no SLA)',
        CorrespondAddress => '',
        CommentAddress    => '',
        SLADisabled       => 1,
    },
);

@ACL = (
    {
        GroupDomain => 'UserDefined',
        GroupId     => 'Staff',
        Right       => [qw(
            SeeQueue ShowTicket ShowTicketComments ShowOutgoingEmail
            CreateTicket ReplyToTicket CommentOnTicket ModifyTicket
            OwnTicket TakeTicket StealTicket
        )],
    },
    # What email-created tickets normally rely on: anyone may open a ticket
    # and reply, and requestors may read their own tickets.
    {
        GroupDomain => 'SystemInternal',
        GroupType   => 'Everyone',
        Right       => [qw(CreateTicket ReplyToTicket)],
    },
    {
        GroupDomain => 'RT::System-Role',
        GroupType   => 'Requestor',
        Right       => [qw(ShowTicket)],
    },
);

# General comes with RT, so its SLA switch cannot be set through @Queues.
@Final = (
    sub {
        my $queue = RT::Queue->new( RT->SystemUser );
        $queue->Load('General');
        die "no General queue\n" unless $queue->id;
        my ( $ok, $msg ) = $queue->SetSLADisabled(0);
        die "General: $msg\n" unless $ok;
    },
);

1;
